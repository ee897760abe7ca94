export declare const requireBanner: string
export declare const esbuildCommon: Record<string, unknown>
export declare function buildNeonctl(options: {
  root: string
  outdir: string
  without?: string[]
  external?: string[]
}): Promise<{ path: string; contents: Uint8Array }[]>
