import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{a as t}from"../chunks/chunk-M4G5SGNN.js";import"../chunks/chunk-EVIV574S.js";t();var[{runPost:r},{createClient:a}]=await Promise.all([import("../chunks/run-post-DG3RFUJE.js"),import("../chunks/client-factory-7ADXZM3S.js")]);await r({createClient:a});
