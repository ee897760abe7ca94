import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{e as c,g as f,j as p,k as a,l as u,m,n as d,o as i,p as g,q as l,u as v,v as y,w as t}from"./chunk-ON7HADXM.js";function n(o){return(typeof o=="string"?[o]:[...o]).map(r=>v(t(r)))}var s=o=>o?{title:n(o)[0]}:{};function j(o){for(let r of n(o))i(r)}function w(o){for(let r of n(o))a(r)}function P(o,r){d(n(o).join(`
`),s(r))}function T(o,r){m(n(o).join(`
`),s(r))}function b(o,r){u(n(o).join(`
`),s(r))}function h(o){p(n(o).join(`
`))}async function G(o,r){g(n(o)[0]);try{return await r()}finally{l()}}function H(o){i(n(o)[0])}function A(o){let r=[...o].filter(e=>e.length>0);y(r);for(let e of r)f(e)}async function I(...o){process.env.GITHUB_STEP_SUMMARY&&await c.addRaw(t(o.map(r=>r.html).join(`
`)),!0).write()}export{j as a,w as b,P as c,T as d,b as e,h as f,G as g,H as h,A as i,I as j};
