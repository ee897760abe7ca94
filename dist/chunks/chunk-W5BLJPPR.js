import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{setFlagsFromString as e}from"node:v8";var i=2**31-1;function t(){e(`--wasm-tiering-budget=${i}`)}export{t as a};
