import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
var e=class extends Error{constructor(o,n){super(n);this.code=o;this.name="NeonError"}code};export{e as a};
