import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{m as e}from"./chunk-BQTKFQMG.mjs";e();import{basename as n}from"node:path";var t=()=>n(process.argv[1]??"")==="neonctl"?"neonctl":"neon";export{t as a};
