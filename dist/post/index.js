import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
