import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
function r(e){return e.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;")}export{r as a};
