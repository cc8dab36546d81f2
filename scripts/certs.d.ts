export declare const CERT_DIR: string;
export declare function selfSignedCertificate(dir?: string): { key: Buffer; cert: Buffer };
export declare function httpsOptions(): Promise<{ key: Buffer | string; cert: Buffer | string; ca?: Buffer | string }>;
