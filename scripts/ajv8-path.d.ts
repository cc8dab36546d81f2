export declare function ajv8Folder(): string | undefined;
export declare function nodePathWithAjv8(existing?: string): string;
export declare function useAjv8InThisProcess(): void;
