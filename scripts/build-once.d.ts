export declare const DIST: string;
export declare function inputsFingerprint(): string;
export declare function ensureProductionBuild(options?: { timeoutMs?: number }): Promise<string>;
