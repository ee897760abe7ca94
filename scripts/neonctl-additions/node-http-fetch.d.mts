export declare function nodeHttpFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
