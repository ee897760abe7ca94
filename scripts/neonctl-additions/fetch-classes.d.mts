export declare const Headers: typeof globalThis.Headers
export declare const Request: typeof globalThis.Request
export declare const Response: typeof globalThis.Response
export declare const FormData: typeof globalThis.FormData
