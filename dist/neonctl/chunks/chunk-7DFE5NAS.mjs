import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{basename as e}from"node:path";var o=()=>e(process.argv[1]??"")==="neonctl"?"neonctl":"neon";export{o as a};
