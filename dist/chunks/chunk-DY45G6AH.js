import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
function i(t){return t.split(/[\s,]+/).map(r=>r.trim()).filter(Boolean)}export{i as a};
