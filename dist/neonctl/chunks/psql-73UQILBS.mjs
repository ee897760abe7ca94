import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{c as Lt,d as mo,m as T}from"./chunk-BQTKFQMG.mjs";var Jr=Lt(H=>{"use strict";T();Object.defineProperty(H,"__esModule",{value:!0});H.NoticeMessage=H.DataRowMessage=H.CommandCompleteMessage=H.ReadyForQueryMessage=H.NotificationResponseMessage=H.BackendKeyDataMessage=H.AuthenticationMD5Password=H.ParameterStatusMessage=H.ParameterDescriptionMessage=H.RowDescriptionMessage=H.Field=H.CopyResponse=H.CopyDataMessage=H.DatabaseError=H.copyDone=H.emptyQuery=H.replicationStart=H.portalSuspended=H.noData=H.closeComplete=H.bindComplete=H.parseComplete=void 0;H.parseComplete={name:"parseComplete",length:5};H.bindComplete={name:"bindComplete",length:5};H.closeComplete={name:"closeComplete",length:5};H.noData={name:"noData",length:5};H.portalSuspended={name:"portalSuspended",length:5};H.replicationStart={name:"replicationStart",length:4};H.emptyQuery={name:"emptyQuery",length:4};H.copyDone={name:"copyDone",length:4};var Hr=class extends Error{constructor(t,n,r){super(t),this.length=n,this.name=r}};H.DatabaseError=Hr;var Fr=class{constructor(t,n){this.length=t,this.chunk=n,this.name="copyData"}};H.CopyDataMessage=Fr;var qr=class{constructor(t,n,r,s){this.length=t,this.name=n,this.binary=r,this.columnTypes=new Array(s)}};H.CopyResponse=qr;var Br=class{constructor(t,n,r,s,o,i,a){this.name=t,this.tableID=n,this.columnID=r,this.dataTypeID=s,this.dataTypeSize=o,this.dataTypeModifier=i,this.format=a}};H.Field=Br;var xr=class{constructor(t,n){this.length=t,this.fieldCount=n,this.name="rowDescription",this.fields=new Array(this.fieldCount)}};H.RowDescriptionMessage=xr;var Wr=class{constructor(t,n){this.length=t,this.parameterCount=n,this.name="parameterDescription",this.dataTypeIDs=new Array(this.parameterCount)}};H.ParameterDescriptionMessage=Wr;var Vr=class{constructor(t,n,r){this.length=t,this.parameterName=n,this.parameterValue=r,this.name="parameterStatus"}};H.ParameterStatusMessage=Vr;var Gr=class{constructor(t,n){this.length=t,this.salt=n,this.name="authenticationMD5Password"}};H.AuthenticationMD5Password=Gr;var Yr=class{constructor(t,n,r){this.length=t,this.processID=n,this.secretKey=r,this.name="backendKeyData"}};H.BackendKeyDataMessage=Yr;var Qr=class{constructor(t,n,r,s){this.length=t,this.processId=n,this.channel=r,this.payload=s,this.name="notification"}};H.NotificationResponseMessage=Qr;var jr=class{constructor(t,n){this.length=t,this.status=n,this.name="readyForQuery"}};H.ReadyForQueryMessage=jr;var Kr=class{constructor(t,n){this.length=t,this.text=n,this.name="commandComplete"}};H.CommandCompleteMessage=Kr;var Xr=class{constructor(t,n){this.length=t,this.fields=n,this.name="dataRow",this.fieldCount=n.length}};H.DataRowMessage=Xr;var zr=class{constructor(t,n){this.length=t,this.message=n,this.name="notice"}};H.NoticeMessage=zr});var yo=Lt(On=>{"use strict";T();Object.defineProperty(On,"__esModule",{value:!0});On.Writer=void 0;var Zr=class{constructor(t=256){this.size=t,this.offset=5,this.headerPosition=0,this.buffer=Buffer.allocUnsafe(t)}ensure(t){if(this.buffer.length-this.offset<t){let r=this.buffer,s=r.length+(r.length>>1)+t;this.buffer=Buffer.allocUnsafe(s),r.copy(this.buffer,0,0,this.offset)}}addInt32(t){return this.ensure(4),this.buffer[this.offset++]=t>>>24&255,this.buffer[this.offset++]=t>>>16&255,this.buffer[this.offset++]=t>>>8&255,this.buffer[this.offset++]=t>>>0&255,this}addInt16(t){return this.ensure(2),this.buffer[this.offset++]=t>>>8&255,this.buffer[this.offset++]=t>>>0&255,this}addCString(t){if(!t)this.ensure(1);else{let n=Buffer.byteLength(t);this.ensure(n+1),this.buffer.write(t,this.offset,"utf-8"),this.offset+=n}return this.buffer[this.offset++]=0,this}addString(t=""){let n=Buffer.byteLength(t);return this.ensure(n),this.buffer.write(t,this.offset),this.offset+=n,this}addInt32PrefixedString(t){let n=Buffer.byteLength(t);this.ensure(4+n);let r=this.buffer,s=this.offset;return r[s++]=n>>>24&255,r[s++]=n>>>16&255,r[s++]=n>>>8&255,r[s++]=n>>>0&255,r.write(t,s,"utf-8"),this.offset=s+n,this}add(t){return this.ensure(t.length),t.copy(this.buffer,this.offset),this.offset+=t.length,this}reserveUnsafe(t){let n=this.offset;return this.ensure(t),this.offset+=t,n}join(t){if(t){this.buffer[this.headerPosition]=t;let n=this.offset-(this.headerPosition+1);this.buffer.writeInt32BE(n,this.headerPosition+1)}return this.buffer.slice(t?0:5,this.offset)}flush(t){let n=this.join(t);return this.offset=5,this.headerPosition=0,this.buffer=Buffer.allocUnsafe(this.size),n}clear(){this.offset=5,this.headerPosition=0}};On.Writer=Zr});var Oo=Lt(In=>{"use strict";T();Object.defineProperty(In,"__esModule",{value:!0});In.serialize=void 0;var wo=yo(),K=new wo.Writer,Zd=e=>{K.addInt16(3).addInt16(0);for(let r of Object.keys(e))K.addCString(r).addCString(e[r]);K.addCString("client_encoding").addCString("UTF8");let t=K.addCString("").flush(),n=t.length+4;return new wo.Writer().addInt32(n).add(t).flush()},ef=()=>{let e=Buffer.allocUnsafe(8);return e.writeInt32BE(8,0),e.writeInt32BE(80877103,4),e},tf=e=>K.addCString(e).flush(112),nf=function(e,t){return K.addCString(e).addInt32PrefixedString(t),K.flush(112)},rf=function(e){return K.addString(e).flush(112)},sf=e=>K.addCString(e).flush(81),Lo=[],of=e=>{let t=e.name||"";t.length>63&&(console.error("Warning! Postgres only supports 63 characters for query names."),console.error("You supplied %s (%s)",t,t.length),console.error("This can cause conflicts and silent errors executing queries"));let n=e.types||Lo,r=n.length,s=K.addCString(t).addCString(e.text).addInt16(r);for(let o=0;o<r;o++)s.addInt32(n[o]);return K.flush(80)},af=function(e,t,n){let r=e.length;for(let s=0;s<r;s++){let o=t?t(e[s],s):e[s],i=0;o==null?K.addInt32(-1):o instanceof Buffer?(i=1,K.addInt32(o.length),K.add(o)):K.addInt32PrefixedString(o);let a=K.buffer;a[n++]=0,a[n++]=i}},lf=(e={})=>{let t=e.portal||"",n=e.statement||"",r=e.binary||!1,s=e.values||Lo,o=s.length;K.addCString(t).addCString(n),K.addInt16(o);let i=K.reserveUnsafe(o*2);K.addInt16(o);try{af(s,e.valueMapper,i)}catch(a){throw K.clear(),a}return K.addInt16(1),K.addInt16(r?1:0),K.flush(66)},cf=Buffer.from([69,0,0,0,9,0,0,0,0,0]),uf=e=>{if(!e||!e.portal&&!e.rows)return cf;let t=e.portal||"",n=e.rows||0,r=Buffer.byteLength(t),s=4+r+1+4,o=Buffer.allocUnsafe(1+s);return o[0]=69,o.writeInt32BE(s,1),o.write(t,5,"utf-8"),o[r+5]=0,o.writeUInt32BE(n,o.length-4),o},df=(e,t)=>{let n=Buffer.allocUnsafe(16);return n.writeInt32BE(16,0),n.writeInt16BE(1234,4),n.writeInt16BE(5678,6),n.writeInt32BE(e,8),n.writeInt32BE(t,12),n},es=(e,t)=>{let r=4+Buffer.byteLength(t)+1,s=Buffer.allocUnsafe(1+r);return s[0]=e,s.writeInt32BE(r,1),s.write(t,5,"utf-8"),s[r]=0,s},ff=K.addCString("P").flush(68),pf=K.addCString("S").flush(68),mf=e=>e.name?es(68,`${e.type}${e.name||""}`):e.type==="P"?ff:pf,gf=e=>{let t=`${e.type}${e.name||""}`;return es(67,t)},hf=e=>K.add(e).flush(100),Ef=e=>es(102,e),bn=e=>Buffer.from([e,0,0,0,4]),Sf=bn(72),Tf=bn(83),_f=bn(88),Rf=bn(99),Af={startup:Zd,password:tf,requestSsl:ef,sendSASLInitialResponseMessage:nf,sendSCRAMClientFinalMessage:rf,query:sf,parse:of,bind:lf,execute:uf,describe:mf,close:gf,flush:()=>Sf,sync:()=>Tf,end:()=>_f,copyData:hf,copyDone:()=>Rf,copyFail:Ef,cancel:df};In.serialize=Af});var bo=Lt(Cn=>{"use strict";T();Object.defineProperty(Cn,"__esModule",{value:!0});Cn.BufferReader=void 0;var ts=class{constructor(t=0){this.offset=t,this.buffer=Buffer.allocUnsafe(0),this.encoding="utf-8"}setBuffer(t,n){this.offset=t,this.buffer=n}int16(){let t=this.buffer.readInt16BE(this.offset);return this.offset+=2,t}byte(){let t=this.buffer[this.offset];return this.offset++,t}int32(){let t=this.buffer.readInt32BE(this.offset);return this.offset+=4,t}uint32(){let t=this.buffer.readUInt32BE(this.offset);return this.offset+=4,t}string(t){let n=this.buffer.toString(this.encoding,this.offset,this.offset+t);return this.offset+=t,n}cstring(){let t=this.offset,n=t;for(;this.buffer[n++];);return this.offset=n,this.buffer.toString(this.encoding,t,n-1)}bytes(t){let n=this.buffer.slice(this.offset,this.offset+t);return this.offset+=t,n}};Cn.BufferReader=ts});var os=Lt(vn=>{"use strict";T();Object.defineProperty(vn,"__esModule",{value:!0});vn.Parser=void 0;var J=Jr(),Nf=bo(),rs=1,yf=4,Io=rs+yf,he=-1,ns=Buffer.allocUnsafe(0),ss=class{constructor(t){if(this.buffer=ns,this.bufferLength=0,this.bufferOffset=0,this.reader=new Nf.BufferReader,t?.mode==="binary")throw new Error("Binary mode not supported yet");this.mode=t?.mode||"text"}parse(t,n){this.mergeBuffer(t);let r=this.bufferOffset+this.bufferLength,s=this.bufferOffset;for(;s+Io<=r;){let o=this.buffer[s],i=this.buffer.readUInt32BE(s+rs),a=rs+i;if(a+s<=r){let l=this.handlePacket(s+Io,o,i,this.buffer);n(l),s+=a}else break}s===r?(this.buffer=ns,this.bufferLength=0,this.bufferOffset=0):(this.bufferLength=r-s,this.bufferOffset=s)}mergeBuffer(t){if(this.bufferLength>0){let n=this.bufferLength+t.byteLength;if(n+this.bufferOffset>this.buffer.byteLength){let s;if(n<=this.buffer.byteLength&&this.bufferOffset>=this.bufferLength)s=this.buffer;else{let o=this.buffer.byteLength*2;for(;n>=o;)o*=2;s=Buffer.allocUnsafe(o)}this.buffer.copy(s,0,this.bufferOffset,this.bufferOffset+this.bufferLength),this.buffer=s,this.bufferOffset=0}t.copy(this.buffer,this.bufferOffset+this.bufferLength),this.bufferLength=n}else this.buffer=t,this.bufferOffset=0,this.bufferLength=t.byteLength}handlePacket(t,n,r,s){let{reader:o}=this;o.setBuffer(t,s);let i;switch(n){case 50:i=J.bindComplete;break;case 49:i=J.parseComplete;break;case 51:i=J.closeComplete;break;case 110:i=J.noData;break;case 115:i=J.portalSuspended;break;case 99:i=J.copyDone;break;case 87:i=J.replicationStart;break;case 73:i=J.emptyQuery;break;case 68:i=kf(o);break;case 67:i=Lf(o);break;case 90:i=wf(o);break;case 65:i=Cf(o);break;case 82:i=Uf(o,r);break;case 83:i=Mf(o);break;case 75:i=$f(o);break;case 69:i=Co(o,"error");break;case 78:i=Co(o,"notice");break;case 84:i=vf(o);break;case 116:i=Df(o);break;case 71:i=bf(o);break;case 72:i=If(o);break;case 100:i=Of(o,r);break;default:return new J.DatabaseError("received invalid response: "+n.toString(16),r,"error")}return o.setBuffer(0,ns),i.length=r,i}};vn.Parser=ss;var wf=e=>{let t=e.string(1);return new J.ReadyForQueryMessage(he,t)},Lf=e=>{let t=e.cstring();return new J.CommandCompleteMessage(he,t)},Of=(e,t)=>{let n=e.bytes(t-4);return new J.CopyDataMessage(he,n)},bf=e=>vo(e,"copyInResponse"),If=e=>vo(e,"copyOutResponse"),vo=(e,t)=>{let n=e.byte()!==0,r=e.int16(),s=new J.CopyResponse(he,t,n,r);for(let o=0;o<r;o++)s.columnTypes[o]=e.int16();return s},Cf=e=>{let t=e.int32(),n=e.cstring(),r=e.cstring();return new J.NotificationResponseMessage(he,t,n,r)},vf=e=>{let t=e.int16(),n=new J.RowDescriptionMessage(he,t);for(let r=0;r<t;r++)n.fields[r]=Pf(e);return n},Pf=e=>{let t=e.cstring(),n=e.uint32(),r=e.int16(),s=e.uint32(),o=e.int16(),i=e.int32(),a=e.int16()===0?"text":"binary";return new J.Field(t,n,r,s,o,i,a)},Df=e=>{let t=e.int16(),n=new J.ParameterDescriptionMessage(he,t);for(let r=0;r<t;r++)n.dataTypeIDs[r]=e.uint32();return n},kf=e=>{let t=e.int16(),n=new Array(t);for(let r=0;r<t;r++){let s=e.int32();n[r]=s===-1?null:e.string(s)}return new J.DataRowMessage(he,n)},Mf=e=>{let t=e.cstring(),n=e.cstring();return new J.ParameterStatusMessage(he,t,n)},$f=e=>{let t=e.int32(),n=e.int32();return new J.BackendKeyDataMessage(he,t,n)},Uf=(e,t)=>{let n=e.int32(),r={name:"authenticationOk",length:t};switch(n){case 0:break;case 3:r.length===8&&(r.name="authenticationCleartextPassword");break;case 5:if(r.length===12){r.name="authenticationMD5Password";let s=e.bytes(4);return new J.AuthenticationMD5Password(he,s)}break;case 10:{r.name="authenticationSASL",r.mechanisms=[];let s;do s=e.cstring(),s&&r.mechanisms.push(s);while(s)}break;case 11:r.name="authenticationSASLContinue",r.data=e.string(t-8);break;case 12:r.name="authenticationSASLFinal",r.data=e.string(t-8);break;default:throw new Error("Unknown authenticationOk message type "+n)}return r},Co=(e,t)=>{let n={},r=e.string(1);for(;r!=="\0";)n[r]=e.cstring(),r=e.string(1);let s=n.M,o=t==="notice"?new J.NoticeMessage(he,s):new J.DatabaseError(s,he,t);return o.severity=n.S,o.code=n.C,o.detail=n.D,o.hint=n.H,o.position=n.P,o.internalPosition=n.p,o.internalQuery=n.q,o.where=n.W,o.schema=n.s,o.table=n.t,o.column=n.c,o.dataType=n.d,o.constraint=n.n,o.file=n.F,o.line=n.L,o.routine=n.R,o}});var Po=Lt(st=>{"use strict";T();Object.defineProperty(st,"__esModule",{value:!0});st.DatabaseError=st.serialize=void 0;st.parse=Bf;var Hf=Jr();Object.defineProperty(st,"DatabaseError",{enumerable:!0,get:function(){return Hf.DatabaseError}});var Ff=Oo();Object.defineProperty(st,"serialize",{enumerable:!0,get:function(){return Ff.serialize}});var qf=os();function Bf(e,t){let n=new qf.Parser;return e.on("data",r=>n.parse(r,t)),new Promise(r=>e.on("end",()=>r()))}});T();T();T();T();var M=e=>{process.stdout.write(e)},R=e=>{process.stderr.write(e)},nt=e=>{if(e.length===0)return null;let t=e.toLowerCase(),n=r=>t.length<=r.length&&r.startsWith(t);if(n("true"))return!0;if(n("false"))return!1;if(n("yes"))return!0;if(n("no"))return!1;if(t.length>=2){if("on".startsWith(t))return!0;if("off".startsWith(t))return!1}return e==="1"?!0:e==="0"?!1:null},An=e=>{let t=e.toLowerCase();if(t.length===0)return null;let n=nt(e);return n===!0?"on":n===!1?"off":"auto".startsWith(t)?"auto":"toggle".startsWith(t)?"toggle":null};var Yd=["false","else-false","ignored"],go=()=>{let e=[],t=n=>n==="true"||n==="else-true";return{push(n,r=0){e.push({state:n,branchTaken:t(n),savedQueryBufLen:r})},pop(){return e.pop()},top(){return e.length===0?void 0:e[e.length-1]},isActive(){return e.length===0?!0:!Yd.includes(e[e.length-1].state)},setState(n){if(e.length===0)return;let r=e[e.length-1];r.state=n,(n==="true"||n==="else-true")&&(r.branchTaken=!0)},setSavedQueryBufLen(n){e.length!==0&&(e[e.length-1].savedQueryBufLen=n)},depth(){return e.length}}},Nn=(e,t)=>e.length>0&&e.length<=t.length&&t.slice(0,e.length).toLowerCase()===e.toLowerCase(),Qd=e=>{if(e.length===0)return null;if(Nn(e,"true"))return!0;if(Nn(e,"false"))return!1;if(Nn(e,"yes"))return!0;if(Nn(e,"no"))return!1;if(e.length>=2){let t=e.toLowerCase();if("on".startsWith(t))return!0;if("off".startsWith(t))return!1}return e==="1"?!0:e==="0"?!1:null},jd=/:\{\?([A-Za-z_][A-Za-z0-9_]*)\}/g,Kd=(e,t)=>e.replace(jd,(n,r)=>t(r)?"TRUE":"FALSE"),Xd=e=>{let t=[];for(;;){let n=e.nextArg("normal");if(n===null)break;t.push(n)}return Kd(t.join(" "),n=>e.settings.vars.has(n))},ho=(e,t)=>{let n=Xd(e),r=Qd(n);if(r===null){let s=`unrecognized value "${n}" for "\\${t} expression": Boolean expected`;return e.settings.lastErrorResult={message:s},R(`${s}
`),!1}return r},Eo=Symbol.for("neonctl.psql.condStack"),xt=(e,t)=>{let n=e.settings;n[Eo]=t},yn=e=>{let t=e.settings[Eo];if(t===void 0)throw new Error("cond stack not attached; cmd_cond commands must be dispatched via runMainLoop");return t},rt=(e,t)=>(e.settings.lastErrorResult={message:t},R(`${t}
`),{status:"error",errorWritten:!0}),$e=()=>({status:"ok"}),Bt=e=>({status:"ok",truncateBufTo:e}),$r=e=>e==="false"||e==="else-false"||e==="ignored",So={name:"if",argMode:"lex",async run(e){let t=yn(e),n=e.queryBuf.length;if(!t.isActive())return t.push("ignored",n),Promise.resolve($e());let r=ho(e,"if");return t.push(r?"true":"false",n),Promise.resolve($e())}},To={name:"elif",argMode:"lex",async run(e){let t=yn(e),n=t.top();if(n===void 0)return Promise.resolve(rt(e,"\\elif: no matching \\if"));let r=$r(n.state),s=n.savedQueryBufLen;switch(n.state){case"true":return t.setState("ignored"),t.setSavedQueryBufLen(e.queryBuf.length),Promise.resolve($e());case"false":{let o=ho(e,"elif");return t.setState(o?"true":"false"),t.setSavedQueryBufLen(s),r?Promise.resolve(Bt(s)):Promise.resolve($e())}case"ignored":return t.setSavedQueryBufLen(s),r?Promise.resolve(Bt(s)):Promise.resolve($e());case"else-true":case"else-false":return Promise.resolve(rt(e,"\\elif: cannot occur after \\else"));case"none":return Promise.resolve(rt(e,"\\elif: no matching \\if"))}}},_o={name:"else",argMode:"lex",async run(e){let t=yn(e),n=t.top();if(n===void 0)return Promise.resolve(rt(e,"\\else: no matching \\if"));let r=$r(n.state),s=n.savedQueryBufLen;switch(n.state){case"true":return t.setState("else-false"),t.setSavedQueryBufLen(e.queryBuf.length),Promise.resolve($e());case"false":return t.setState("else-true"),t.setSavedQueryBufLen(s),r?Promise.resolve(Bt(s)):Promise.resolve($e());case"ignored":return t.setState("else-false"),t.setSavedQueryBufLen(s),r?Promise.resolve(Bt(s)):Promise.resolve($e());case"else-true":case"else-false":return Promise.resolve(rt(e,"\\else: cannot occur after \\else"));case"none":return Promise.resolve(rt(e,"\\else: no matching \\if"))}}},Ro={name:"endif",argMode:"lex",async run(e){let t=yn(e),n=t.top();if(n===void 0)return Promise.resolve(rt(e,"\\endif: no matching \\if"));let r=$r(n.state),s=n.savedQueryBufLen;return t.pop(),r?Promise.resolve(Bt(s)):Promise.resolve($e())}},wn=new Set(["if","elif","else","endif"]);T();var Ur=e=>typeof e=="string"?e:void 0,zd=e=>typeof e=="number"&&Number.isFinite(e)?String(e):void 0,Ln=(e,t)=>{let n=t,r=Ur(n.database);r!==void 0&&e.set("DBNAME",r);let s=Ur(n.user);s!==void 0&&e.set("USER",s);let o=Ur(n.host);o!==void 0&&e.set("HOST",o);let i=zd(n.port);i!==void 0&&e.set("PORT",i);let a=t.parameterStatus("client_encoding");a!==void 0&&e.set("ENCODING",a);let l=t.parameterStatus("server_version");l!==void 0&&e.set("SERVER_VERSION_NAME",l),t.serverVersion>0&&e.set("SERVER_VERSION_NUM",String(t.serverVersion))},Ao=(e,t)=>{e.set("VERSION",`psql-ts (neon) ${t}`),e.set("VERSION_NAME",t),e.set("VERSION_NUM",String(Jd(t)))},Jd=e=>{let t=/^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(e.trim());if(!t)return 0;let n=parseInt(t[1],10),r=t[2]!==void 0?parseInt(t[2],10):0,s=t[3]!==void 0?parseInt(t[3],10):0;return n*1e4+r*100+s};T();T();var No=class{constructor(){this.noticeHandlers=new Set,this.notificationHandlers=new Set,this.lastHandlerError=void 0}onNotice(e){return this.noticeHandlers.add(e),()=>this.noticeHandlers.delete(e)}onNotification(e){return this.notificationHandlers.add(e),()=>this.notificationHandlers.delete(e)}emit(e){for(let t of this.noticeHandlers)try{t(e)}catch(n){this.lastHandlerError=n}}emitNotification(e,t,n){for(let r of this.notificationHandlers)try{r(e,t,n)}catch(s){this.lastHandlerError=s}}clear(){this.noticeHandlers.clear(),this.notificationHandlers.clear()}};T();var Mo=mo(Po(),1),$o=mo(os(),1);import{Buffer as Wt}from"node:buffer";var{serialize:oe}=Mo.default,Pn=class extends Error{constructor(e){super(e),this.name="ProtocolError"}};function Uo(e){let t={};for(let[n,r]of Object.entries(e))r!==void 0&&n!=="client_encoding"&&(t[n]=r);return oe.startup(t)}function Ho(){return oe.requestSsl()}function Fo(e,t){return oe.cancel(e,t)}function Dn(e){return oe.query(e)}function qo(){return oe.end()}function ye(){return oe.sync()}function Bo(){return oe.flush()}function Vt(e,t,n){return oe.parse({name:e,text:t,types:n})}function Ot(e,t,n,r,s){return oe.bind({portal:e,statement:t,values:r,binary:!1})}function bt(e,t){return oe.describe({type:e,name:t})}function It(e,t){return oe.execute({portal:e,rows:t})}function Gt(e,t){return oe.close({type:e,name:t})}function is(e){return oe.password(e)}function xo(e,t){return oe.sendSASLInitialResponseMessage(e,t.toString("utf8"))}function Wo(e){return oe.sendSCRAMClientFinalMessage(e.toString("utf8"))}function as(e){return oe.copyData(e)}function ls(){return oe.copyDone()}function kn(e){return oe.copyFail(e)}var Vo=class{constructor(){this.inner=new $o.Parser,this.buffered=0}feed(e){let t=[];try{this.inner.parse(e,r=>{t.push(xf(r))})}catch(r){throw r instanceof Pn?r:new Pn(r instanceof Error?r.message:String(r))}let n=this.inner;return this.buffered=n.bufferLength??0,t}get bufferedBytes(){return this.buffered}};function xf(e){let t=e;switch(t.name){case"authenticationOk":return{type:"AuthenticationOk"};case"authenticationCleartextPassword":return{type:"AuthenticationCleartextPassword"};case"authenticationMD5Password":return{type:"AuthenticationMD5Password",salt:Wt.from(t.salt)};case"authenticationSASL":return{type:"AuthenticationSASL",mechanisms:t.mechanisms};case"authenticationSASLContinue":return{type:"AuthenticationSASLContinue",data:Wt.from(t.data,"utf8")};case"authenticationSASLFinal":return{type:"AuthenticationSASLFinal",data:Wt.from(t.data,"utf8")};case"parameterStatus":return{type:"ParameterStatus",name:t.parameterName,value:t.parameterValue};case"backendKeyData":return{type:"BackendKeyData",processId:t.processID,secretKey:t.secretKey};case"readyForQuery":{let n=t.status;if(n!=="I"&&n!=="T"&&n!=="E")throw new Pn(`ReadyForQuery: unexpected status ${JSON.stringify(n)}`);return{type:"ReadyForQuery",status:n}}case"rowDescription":return{type:"RowDescription",fields:t.fields.map(n=>({name:n.name,tableID:n.tableID,columnID:n.columnID,dataTypeID:n.dataTypeID,dataTypeSize:n.dataTypeSize,dataTypeModifier:n.dataTypeModifier,format:n.format==="binary"?1:0}))};case"dataRow":{let n=t.fields,r=new Array(n.length);for(let s=0;s<n.length;s++){let o=n[s];r[s]=o===null?null:Wt.from(o,"utf8")}return{type:"DataRow",values:r}}case"commandComplete":return{type:"CommandComplete",tag:t.text};case"emptyQuery":return{type:"EmptyQueryResponse"};case"error":return{type:"ErrorResponse",fields:ko(t)};case"notice":return{type:"NoticeResponse",fields:ko(t)};case"notification":return{type:"NotificationResponse",processId:t.processId,channel:t.channel,payload:t.payload};case"copyInResponse":return Do("CopyInResponse",t);case"copyOutResponse":return Do("CopyOutResponse",t);case"replicationStart":return{type:"CopyBothResponse"};case"copyData":return{type:"CopyData",data:Wt.from(t.chunk)};case"copyDone":return{type:"CopyDone"};case"noData":return{type:"NoData"};case"parseComplete":return{type:"ParseComplete"};case"bindComplete":return{type:"BindComplete"};case"closeComplete":return{type:"CloseComplete"};case"portalSuspended":return{type:"PortalSuspended"};case"parameterDescription":return{type:"ParameterDescription",oids:t.dataTypeIDs};default:throw new Pn(`Unknown backend message: ${String(t.name)}`)}}function Do(e,t){let n=t.binary,r=t.columnTypes.map(s=>s===1?1:0);return{type:e,overallFormat:n?1:0,columnFormats:r}}function ko(e){let t=new Map,n=(r,s)=>{typeof s=="string"&&t.set(r,s)};return n("S",e.severity),n("V",e.severity),n("C",e.code),n("M",e.message),n("D",e.detail),n("H",e.hint),n("P",e.position),n("p",e.internalPosition),n("q",e.internalQuery),n("W",e.where),n("s",e.schema),n("t",e.table),n("c",e.column),n("d",e.dataType),n("n",e.constraint),n("F",e.file),n("L",e.line),n("R",e.routine),t}function Ce(e){let t={severity:e.get("V")??e.get("S")??"",message:e.get("M")??""},n=e.get("C");n!==void 0&&(t.code=n);let r=e.get("D");r!==void 0&&(t.detail=r);let s=e.get("H");s!==void 0&&(t.hint=s);let o=e.get("P");o!==void 0&&(t.position=o);let i=e.get("p");i!==void 0&&(t.internalPosition=i);let a=e.get("q");a!==void 0&&(t.internalQuery=a);let l=e.get("W");l!==void 0&&(t.where=l);let c=e.get("s");c!==void 0&&(t.schema=c);let u=e.get("t");u!==void 0&&(t.table=u);let d=e.get("c");d!==void 0&&(t.column=d);let f=e.get("d");f!==void 0&&(t.dataType=f);let m=e.get("n");m!==void 0&&(t.constraint=m);let p=e.get("F");p!==void 0&&(t.file=p);let g=e.get("L");g!==void 0&&(t.line=g);let h=e.get("R");return h!==void 0&&(t.routine=h),t}T();import{Buffer as Wf}from"node:buffer";var Go=class we{constructor(t){this.conn=t,this.results=[],this.cmdSlots=[],this.pending=[],this.currentGroup=[],this._lastError=null,this._errorConsumedExternally=!1,this._externalDrained=0,this.conn._extPipelineActive=!0,this.conn.startExtendedBatch()}static silenceUnhandled(t){return t.catch(()=>{}),t}pushCmdSlot(t){let n=this.currentGroup.splice(0);if(n.length===0){this.cmdSlots.push(we.silenceUnhandled(t));return}let r=Promise.all([...n,t]).then(s=>s[s.length-1]);this.cmdSlots.push(we.silenceUnhandled(r))}static voidToPlaceholderResult(t){return t.then(()=>({command:"",rowCount:null,oid:null,fields:[],rows:[],notices:[]}))}parse(t,n,r){return this.parseRaw(t,n,r),Promise.resolve()}async parseSlot(t,n,r){let s=this.parseRaw(t,n,r),o=we.voidToPlaceholderResult(s);this.pushCmdSlot(o),await Promise.resolve()}parseRaw(t,n,r){this.conn.startExtendedBatch();let s=this.conn.enqueueParse();this.conn.writeRaw(Vt(t,n,r??[]));let o=we.silenceUnhandled(s);return this.pending.push(o),this.currentGroup.push(o),s}bind(t,n){this.conn.startExtendedBatch();let r=this.conn.enqueueBind(),s=n.map(Vf);this.conn.writeRaw(Ot("",t,[],s,[0]));let o=we.silenceUnhandled(r);return this.pending.push(o),this.currentGroup.push(o),Promise.resolve()}execute(t,n){this.conn.startExtendedBatch();let r=this.conn.enqueueDescribePortalIntoNextExecute(),s=we.silenceUnhandled(r);this.pending.push(s),this.currentGroup.push(s),this.conn.writeRaw(bt("P",t));let o=this.conn.enqueueExecute();return this.results.push(we.silenceUnhandled(o)),this.pushCmdSlot(o),this.conn.writeRaw(It(t,n??0)),Promise.resolve()}describe(t){this.conn.startExtendedBatch();let n=this.conn.enqueueDescribePortal();return this.conn.writeRaw(bt("P",t)),this.pending.push(we.silenceUnhandled(n)),Promise.resolve()}close(t){return this.closeRaw(t),Promise.resolve()}async closeSlot(t){let n=this.closeRaw(t),r=we.voidToPlaceholderResult(n);this.pushCmdSlot(r),await Promise.resolve()}closeRaw(t){this.conn.startExtendedBatch();let n=this.conn.enqueueClose();this.conn.writeRaw(Gt("S",t));let r=we.silenceUnhandled(n);return this.pending.push(r),this.currentGroup.push(r),n}async flush(){this.conn.writeRaw(Bo()),await Promise.resolve()}async sync(){this.conn.startExtendedBatch();let t=this.conn.enqueueSync();this.conn.writeRaw(ye());let n={command:"",rowCount:null,oid:null,fields:[],rows:[],notices:[]};this.results.push(Promise.resolve(n)),this.currentGroup.splice(0),this.cmdSlots.push(Promise.resolve(n)),await t.catch(s=>{this._lastError===null&&(this._lastError=s)});let r=await Promise.allSettled(this.pending.splice(0));for(let s of r)s.status==="rejected"&&this._lastError===null&&(this._lastError=s.reason)}get lastError(){return this._lastError}clearLastError(){this._lastError=null,this._errorConsumedExternally=!0}markDrained(t){t>this._externalDrained&&(this._externalDrained=t)}async peekRealError(){let t=[...this.pending,...this.results],n=Symbol("pending"),r=()=>new Promise(s=>setImmediate(()=>{s(n)}));for(let s of t){let o=await Promise.race([s.then(a=>({status:"fulfilled",value:a}),a=>({status:"rejected",reason:a})),r()]);if(o===n||o.status!=="rejected")continue;let i=o.reason;if(!(typeof i=="object"&&i!==null&&i.pipelineAborted===!0))return i}return null}async end(){this.conn.startExtendedBatch();let t=this.conn.enqueueSync();this.conn.writeRaw(ye());let n=null;await t.catch(o=>{n=o}),this.conn._extPipelineActive=!1,await Promise.allSettled(this.pending.splice(0));let r=await Promise.allSettled(this.results),s=[];for(let o of r)o.status==="fulfilled"&&s.push(o.value);if(n!==null){if(n.severity==="FATAL"){if(n instanceof Error)throw n;let o=n.message??"pipeline aborted";throw Object.assign(new Error(o),n)}this._errorConsumedExternally||(this._lastError=n)}else if(this._lastError===null)for(let o=this._externalDrained;o<r.length;o++){let i=r[o];if(i.status==="rejected"){this._lastError=i.reason;break}}return s}};function Vf(e){if(e==null)return null;if(Wf.isBuffer(e)||typeof e=="string")return e;if(typeof e=="boolean")return e?"t":"f";if(typeof e=="number"||typeof e=="bigint")return e.toString();try{return JSON.stringify(e)}catch{return""}}T();import{createHash as Gf,createHmac as Yf,pbkdf2Sync as Qf,randomBytes as jf,timingSafeEqual as Kf}from"node:crypto";var Xf=class extends Error{constructor(e){super(e),this.name="SaslMechanismError"}},Yo=class extends Error{constructor(e){super(e),this.name="SaslVerificationError"}},ie=class extends Error{constructor(e){super(e),this.name="SaslProtocolError"}};function Qo(e){let{mechanism:t,gs2Header:n,cbindInput:r}=zf(e.mechanisms,e.channelBinding),s={state:"init",mechanism:t,clientNonce:(e.randomBytes??jf)(18).toString("base64"),gs2Header:n,cbindInput:r,password:e.password,serverSignature:null};return{mechanism:t,start:()=>Jf(s),continue:o=>Zf(s,o),finish:o=>{ep(s,o)}}}function zf(e,t){let n=e.includes("SCRAM-SHA-256-PLUS"),r=e.includes("SCRAM-SHA-256");if(t&&n){let s="p=tls-server-end-point,,";return{mechanism:"SCRAM-SHA-256-PLUS",gs2Header:s,cbindInput:Buffer.concat([Buffer.from(s,"utf8"),t.data])}}if(r){let s=t?"y,,":"n,,";return{mechanism:"SCRAM-SHA-256",gs2Header:s,cbindInput:Buffer.from(s,"utf8")}}throw new Xf(`SASL: server offered [${e.join(", ")}] but only SCRAM-SHA-256 and SCRAM-SHA-256-PLUS are supported`)}function Jf(e){if(e.state!=="init")throw new ie(`SASL: start() called in state ${e.state}`);let t=`n=,r=${e.clientNonce}`,n=Buffer.from(e.gs2Header+t,"utf8");return e.state="sent-first",{mechanism:e.mechanism,clientFirstMessage:n}}function Zf(e,t){if(e.state!=="sent-first")throw new ie(`SASL: continue() called in state ${e.state}`);let n=tp(t.toString("utf8"));if(!n.nonce.startsWith(e.clientNonce))throw new ie("SASL: server nonce does not start with client nonce");if(n.nonce.length===e.clientNonce.length)throw new ie("SASL: server nonce is too short");let r=`n=,r=${e.clientNonce}`,s=`r=${n.nonce},s=${n.salt},i=${String(n.iteration)}`,o=`c=${e.cbindInput.toString("base64")},r=${n.nonce}`,i=`${r},${s},${o}`,a=Buffer.from(n.salt,"base64"),l=lp(e.password),c=Qf(Buffer.from(l,"utf8"),a,n.iteration,32,"sha256"),u=Mn(c,"Client Key"),d=op(u,Mn(sp(u),i));return e.serverSignature=Mn(Mn(c,"Server Key"),i),e.state="sent-final",Buffer.from(`${o},p=${d.toString("base64")}`,"utf8")}function ep(e,t){if(e.state!=="sent-final")throw new ie(`SASL: finish() called in state ${e.state}`);if(e.serverSignature===null)throw new ie("SASL: no server signature recorded");let n=np(t.toString("utf8")),r=Buffer.from(n.serverSignature,"base64");if(r.length!==e.serverSignature.length||!Kf(r,e.serverSignature))throw new Yo("SASL: server signature does not match — possible MITM or wrong password");e.state="done"}function tp(e){let t=jo(e),n=t.get("r");if(!n)throw new ie("SASL: server-first missing `r=` (nonce)");if(!rp(n))throw new ie("SASL: server-first nonce contains non-printable characters");let r=t.get("s");if(!r)throw new ie("SASL: server-first missing `s=` (salt)");if(!Ko(r))throw new ie("SASL: server-first salt is not base64");let s=t.get("i");if(!s)throw new ie("SASL: server-first missing `i=` (iterations)");if(!/^[1-9][0-9]*$/.test(s))throw new ie(`SASL: server-first iteration count is not a positive integer: ${s}`);return{nonce:n,salt:r,iteration:parseInt(s,10)}}function np(e){let t=jo(e),n=t.get("e");if(n)throw new Yo(`SASL: server-final returned error: ${n}`);let r=t.get("v");if(!r)throw new ie("SASL: server-final missing `v=` (server signature)");if(!Ko(r))throw new ie("SASL: server-final `v=` is not base64");return{serverSignature:r}}function jo(e){let t=new Map;for(let n of e.split(",")){if(n.length<2||n[1]!=="=")throw new ie(`SASL: malformed attribute pair: ${JSON.stringify(n)}`);let r=n[0];if(t.has(r))throw new ie(`SASL: duplicate attribute ${JSON.stringify(r)} in message`);t.set(r,n.substring(2))}return t}function rp(e){for(let t=0;t<e.length;t++){let n=e.charCodeAt(t);if(!(n>=33&&n<=43||n>=45&&n<=126))return!1}return!0}function Ko(e){return/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(e)}function Mn(e,t){let n=Yf("sha256",e);return n.update(t),n.digest()}function sp(e){return Gf("sha256").update(e).digest()}function op(e,t){if(e.length!==t.length)throw new ie(`SASL: XOR length mismatch (${String(e.length)} vs ${String(t.length)})`);let n=Buffer.alloc(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]^t[r];return n}var ip=new RegExp("[   -​  　]","g"),ap=new RegExp("[­͏᠆᠋-᠍‌‍⁠︀-️\uFEFF]","g");function lp(e){return e.replace(ip," ").replace(ap,"").normalize("NFKC")}T();import{appendFileSync as cp,promises as Yt}from"node:fs";import*as cs from"node:path";import{createHash as ei,createPrivateKey as up}from"node:crypto";import*as ti from"node:tls";function dp(e){let t=e.raw;if(!t||t.length===0)throw new Error("TLS channel binding: peer certificate has no DER bytes");return ei("sha256").update(t).digest()}async function us(e,t,n={},r={},s="postgres"){if(t==="disable")return{kind:"plain",socket:e};if(s==="direct")return Zo(e,await Xo(n,r,t),r.sslkeylogfile,r.sslkey,!0);if(await Tp(e)==="S")return Zo(e,await Xo(n,r,t),r.sslkeylogfile,r.sslkey);if(t==="require"||t==="verify-ca"||t==="verify-full")throw new Error(`SSL connection required (sslmode=${t}) but server refused (replied 'N')`);return{kind:"plain",socket:e}}async function Xo(e,t,n){let r={...e};if((n===void 0||n==="verify-ca"||n==="verify-full")&&t.sslrootcert!==void 0&&t.sslrootcert!=="")if(t.sslrootcert==="system"){let a=[],l=process.env.SSL_CERT_FILE;l!==void 0&&l!==""&&a.push(await ot("sslrootcert",l,"CERTIFICATE"));let c=process.env.SSL_CERT_DIR;c!==void 0&&c!==""&&a.push(...await Sp(c)),a.length===1?r.ca=a[0]:a.length>1&&(r.ca=a)}else r.ca=await ot("sslrootcert",t.sslrootcert,"CERTIFICATE");let s=t.sslcertmode??"allow",o=t.sslcert!==void 0&&t.sslcert!==""?t.sslcert:void 0;if(s==="require"&&o===void 0)throw new Error('sslcertmode value "require" requires a client certificate');s!=="disable"&&(o!==void 0&&(r.cert=await ot("sslcert",o,"CERTIFICATE")),t.sslkey!==void 0&&t.sslkey!==""&&(await hp(t.sslkey),r.key=await ot("sslkey",t.sslkey,"PRIVATE KEY")));let i=[];return t.sslcrl!==void 0&&t.sslcrl!==""&&i.push(await ot("sslcrl",t.sslcrl)),t.sslcrldir!==void 0&&t.sslcrldir!==""&&i.push(...await Ep(t.sslcrldir)),i.length===1?r.crl=i[0]:i.length>1&&(r.crl=i),t.sslpassword!==void 0&&t.sslpassword!==""&&(r.passphrase=t.sslpassword),t.sslkeylogfile!==void 0&&t.sslkeylogfile!==""&&await fp(t.sslkeylogfile),r}async function fp(e){try{await(await Yt.open(e,"a")).close()}catch(t){let n=t instanceof Error?t.message:String(t);throw new Error(`could not open sslkeylogfile "${e}": ${n}`)}}function pp(e){return e.subarray(0,64).toString("latin1").includes("-----BEGIN")}function mp(e,t){let n=`-----BEGIN ${t}-----
${(e.toString("base64").match(/.{1,64}/g)??[]).join(`
`)}
-----END ${t}-----
`;return Buffer.from(n,"ascii")}function gp(e){let t;for(let r of["pkcs8","pkcs1","sec1"])try{let s=up({key:e,format:"der",type:r}).export({format:"pem",type:"pkcs8"});return typeof s=="string"?Buffer.from(s,"ascii"):s}catch(s){t=s}let n=t instanceof Error?t.message:String(t);throw new Error(`sslkey is DER but could not be decoded as PKCS#8, PKCS#1, or SEC1: ${n}`)}async function ot(e,t,n){let r;try{r=await Yt.readFile(t)}catch(s){let o=s instanceof Error?s.message:String(s);throw new Error(`could not read ${e} "${t}": ${o}`)}return n!==void 0&&!pp(r)?n==="PRIVATE KEY"?gp(r):mp(r,n):r}async function hp(e){if(process.platform==="win32")return;let t;try{t=await Yt.stat(e)}catch(r){let s=r instanceof Error?r.message:String(r);throw new Error(`could not read sslkey "${e}": ${s}`)}if(!t.isFile())return;let n=t.mode&511;if((n&63)!==0&&!(t.uid===0&&(n&-417)===0))throw new Error(`private key file "${e}" has group or world access`)}async function Ep(e){let t;try{t=await Yt.readdir(e,{withFileTypes:!0})}catch(r){let s=r instanceof Error?r.message:String(r);throw new Error(`could not read sslcrldir "${e}": ${s}`)}let n=[];for(let r of t)r.isFile()&&n.push(await ot("sslcrldir",cs.join(e,r.name)));return n}async function Sp(e){let t;try{t=await Yt.readdir(e,{withFileTypes:!0})}catch(r){let s=r instanceof Error?r.message:String(r);throw new Error(`could not read SSL_CERT_DIR "${e}": ${s}`)}let n=[];for(let r of t)r.isFile()&&n.push(await ot("SSL_CERT_DIR",cs.join(e,r.name),"CERTIFICATE"));return n}function Tp(e){return new Promise((t,n)=>{let r=i=>{o(),n(i)},s=i=>{if(i.length===0)return;let a=String.fromCharCode(i[0]);if(a!=="S"&&a!=="N"){o(),n(new Error(`Unexpected SSLRequest response byte 0x${i[0].toString(16)}`));return}i.length>1&&e.unshift(i.subarray(1)),o(),t(a)},o=()=>{e.removeListener("data",s),e.removeListener("error",r)};e.on("data",s),e.on("error",r),e.write(Ho())})}function zo(e,t,n){let r=e.code,s=e.message;if(r==="ERR_OSSL_BAD_DECRYPT"||/bad decrypt/i.test(s)){let o=n!==void 0&&n!==""?`private key file "${n}"`:"private key file",i=new Error(`could not load ${o}: ${s}`);return i.cause=e,i}if(r==="ERR_TLS_CERT_ALTNAME_INVALID"){let o=t??"",i=new Error(`server certificate for "${o}" does not match host name "${o}"`);return i.cause=e,i}if(r!==void 0&&r!=="ERR_TLS_CERT_ALTNAME_INVALID"&&/CERT|SIGNATURE|SELF_SIGNED|UNABLE_TO|CHAIN|EXPIRED|NOT_YET_VALID|INVALID_CA/.test(r)||/certificate verify failed/i.test(s)){let o=new Error("certificate verify failed");return o.cause=e,o}return e}function Jo(e){return typeof e.servername=="string"?e.servername:void 0}function Zo(e,t,n,r,s=!1){return new Promise((o,i)=>{let a,l=()=>{a?.removeListener("error",c)},c=u=>{l(),i(zo(u,Jo(t),r))};try{a=ti.connect({...t,socket:e},()=>{l();let u=a;if(u===void 0)return;if(s&&u.alpnProtocol!=="postgresql"){l(),u.destroy(),i(new Error('direct SSL connection requires ALPN, but the server did not negotiate the "postgresql" protocol'));return}let d=null;try{let f=u.getPeerX509Certificate?.();if(f?.raw&&f.raw.length>0)d=ei("sha256").update(f.raw).digest();else{let m=u.getPeerCertificate(!0);m?.raw&&m.raw.length>0&&(d=dp(m))}}catch{d=null}o({kind:"tls",socket:u,channelBindingData:d})})}catch(u){i(zo(u instanceof Error?u:new Error(String(u)),Jo(t),r));return}a.on("error",c),n!==void 0&&n!==""&&_p(a,n)})}function _p(e,t){e.on("keylog",n=>{try{cp(t,n)}catch(r){e.emit("error",r instanceof Error?r:new Error(String(r)))}})}import{createHash as ni}from"node:crypto";import*as Qt from"node:net";import{Buffer as ui}from"node:buffer";import*as di from"node:dns/promises";import*as fs from"node:tls";function it(e){return{...Ce(e),cause:e}}function ri(){return{severity:"ERROR",code:"",message:"Pipeline aborted, command did not run",pipelineAborted:!0}}function $n(e){let t=/^([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?/.exec(e);if(!t)return 0;let n=parseInt(t[1],10),r=t[2]!==void 0?parseInt(t[2],10):0;if(n>=10)return n*1e4+r;let s=t[3]!==void 0?parseInt(t[3],10):0;return n*1e4+r*100+s}function Rp(e,t,n){let r=ni("md5").update(t+e,"utf8").digest("hex");return"md5"+ni("md5").update(r,"utf8").update(n).digest("hex")}function Ap(e,t=Math.random){for(let n=e.length-1;n>0;n-=1){let r=Math.floor(t()*(n+1)),s=e[n];e[n]=e[r],e[r]=s}}async function Np(e,t){if(t===void 0||t==="any")return!0;let n;try{let r=await e.execSimple("SELECT pg_is_in_recovery()");if(r.length===0||r[0].rows.length===0)return!1;let s=r[0].rows[0][0];if(s===!0)n=!0;else if(s===!1)n=!1;else if(typeof s=="string")n=s==="t"||s.toLowerCase()==="true";else return!1}catch{return!1}switch(t){case"read-write":case"primary":return!n;case"read-only":case"standby":return n;default:return!0}}var yp=8388608,wp=1048576,Ct=class Un{queueCopyInData(t){this.copyInMidBatchQueue.push(t)}clearCopyInDataQueue(){this.copyInMidBatchQueue.length=0}constructor(t,n,r){this.parser=new Vo,this.serverVersion=0,this.params=new Map,this.processId=0,this.secretKey=0,this.txStatus="I",this.state="auth",this.pendingQuery=null,this.extDriver=null,this._extPipelineActive=!1,this.copyIn=null,this.copyOut=null,this.copyStartResolve=null,this.copyStartReject=null,this.lastCopyTag=null,this.copyInMidBatchQueue=[],this.copyOutMidBatchSink=null,this.copyOutMidBatchActive=!1,this.passwordUsed=!1,this.notify=new No,this.scram=null,this.authChallengeSeen=!1,this.saslFinalSeen=!1,this.socketError=null,this.startupResolve=null,this.startupReject=null,this.socket=t,this.opts=n,this.channelBindingData=r,this._password=n.password??null,t.on("data",s=>{this.onData(s)}),t.on("error",s=>{this.socketError=s,this.failPending(s)}),t.on("close",()=>{this.state!=="closed"&&(this.state="closed",this.failPending(this.socketError??new Error("Socket closed")))})}static{this._loadBalanceRng=null}static{this._dnsLookupAll=null}static async connect(t){let n=t.hosts!==void 0&&t.hosts.length>0?[...t.hosts]:[{host:t.host,port:t.port}],r=t.hostaddr!==void 0&&t.hostaddr!==""?n.map(a=>({host:a.host,address:t.hostaddr,port:a.port})):await Op(n);t.loadBalanceHosts==="random"&&Ap(r,Un._loadBalanceRng??Math.random);let s=t.targetSessionAttrs??"any",o=s==="prefer-standby"?["standby","any"]:[s],i=null;for(let a of o)for(let l of r){let c={...t,host:l.host,port:l.port},u;try{u=await Un.connectSingle(c,l.address)}catch(d){i=d;continue}if(await Np(u,a))return u;try{await u.close()}catch{}i=new Error(`target_session_attrs=${String(a)} did not match host ${l.host}:${String(l.port)}`)}if(i!==null){if(i instanceof Error)throw i;let a;typeof i=="object"&&i!==null&&"message"in i&&typeof i.message=="string"?a=i.message:typeof i=="string"||typeof i=="number"||typeof i=="boolean"?a=String(i):a="PgConnection.connect: unknown error";let l=new Error(a);throw l.cause=i,l}throw new Error("PgConnection.connect: no candidate hosts configured")}static async connectSingle(t,n){if(Be(t.host)&&(t.ssl==="require"||t.ssl==="verify-ca"||t.ssl==="verify-full"))throw new Error(`sslmode=${t.ssl} is not supported over Unix-domain sockets (host=${t.host})`);if(Be(t.host)&&t.requirepeer!==void 0&&t.requirepeer!=="")throw new Error(`requirepeer="${t.requirepeer}" cannot be enforced: Node provides no Unix-domain socket peer-credential API; refusing to connect rather than skip the check`);let r=await ai(t,n),s=r,o=null;try{let a=ii(t),l={...a!==void 0?{servername:a}:{},rejectUnauthorized:t.ssl==="verify-ca"||t.ssl==="verify-full",ALPNProtocols:["postgresql"]};t.ssl!=="verify-full"?l.checkServerIdentity=()=>{}:t.sslsni===!1&&(l.checkServerIdentity=(u,d)=>fs.checkServerIdentity(t.host,d)),oi(l,t);let c=await us(r,Be(t.host)?"disable":t.ssl,l,{sslcert:t.sslcert,sslkey:t.sslkey,sslcertmode:t.sslcertmode,sslpassword:t.sslpassword,sslrootcert:t.sslrootcert,sslcrl:t.sslcrl,sslcrldir:t.sslcrldir,sslkeylogfile:t.sslkeylogfile},Be(t.host)?"postgres":t.sslnegotiation??"postgres");c.kind==="tls"?(s=c.socket,o=c.channelBindingData):s=c.socket}catch(a){try{r.destroy()}catch{}throw a}let i=new Un(s,t,o);return await i.startup(),i}parameterStatus(t){return this.params.get(t)}get database(){return this.opts.database}get user(){return this.opts.user}get host(){return this.opts.host}get port(){return this.opts.port}get pid(){return this.processId}get password(){return this._password}getTlsInfo(){let t=this.socket;if(typeof t.getCipher!="function")return null;try{let n=t.getCipher(),r=t.getProtocol?.()??n.version??"unknown";if(!n.name)return null;let s="off",o=t.alpnProtocol,i=typeof o=="string"&&o.length>0?o:null;return{protocol:String(r),cipher:n.standardName??n.name,standardName:n.standardName,compression:s,alpn:i,library:"OpenSSL",keyBits:Ip(n.standardName??n.name)}}catch{return null}}getConnectionInfo(){let t=this.opts.hostaddr!==void 0&&this.opts.hostaddr!==""?this.opts.hostaddr:this.socket.remoteAddress??null;return{host:this.opts.host,hostaddr:t,port:this.opts.port,options:this.opts.options??null,backendPid:this.processId,passwordUsed:this.passwordUsed,gssapiUsed:!1}}async query(t,n){if(n===void 0){let f=await this.execSimple(t);if(f.length===0)throw new Error("PgConnection.query: server returned no result sets");return f[f.length-1]}this.ensureIdle();let r=ds(n);this.startExtendedBatch();let s=this.enqueueParse(),o=this.enqueueBind(),i=this.enqueueDescribePortalIntoNextExecute(),a=this.enqueueExecute(),l=this.enqueueSync();this.socket.write(Vt("",t,[])),this.socket.write(Ot("","",[],r,[0])),this.socket.write(bt("P","")),this.socket.write(It("",0)),this.socket.write(ye());let c=null,u=f=>{c===null&&(c=f)};s.catch(u),o.catch(u),i.catch(u);let d=null;if(a.then(f=>{d=f},u),await l.catch(u),c!==null)throw ve(c);if(d===null)throw new Error("PgConnection.query: server returned no result");return d}async execSimple(t){return this.ensureIdle(),new Promise((n,r)=>{this.pendingQuery={resolve:n,reject:r,current:null,finished:[],notices:[],error:null},this.state="in-query",this.socket.write(Dn(t))})}async prepare(t,n,r){this.ensureIdle();let s=r??[];this.startExtendedBatch();let o=this.enqueueParse(),i=this.enqueueDescribeStatement(),a=this.enqueueSync();this.socket.write(Vt(t,n,s)),this.socket.write(bt("S",t)),this.socket.write(ye());let l=null,c=p=>{l===null&&(l=p)};o.catch(c);let u=null;if(i.then(p=>{u=p},c),await a.catch(c),l!==null)throw ve(l);if(u===null)throw new Error("PgConnection.prepare: server returned no parameter description");let{paramOids:d,fields:f}=u,m=this;return{name:t,paramTypes:d,async bind(p,g){m.ensureIdle();let h=ds(p);m.startExtendedBatch();let E=m.enqueueBind(),S=m.enqueueSync();m.socket.write(Ot("",t,g??[],h,[0])),m.socket.write(ye());let _=null;if(E.catch(b=>{_===null&&(_=b)}),await S.catch(b=>{_===null&&(_=b)}),_!==null)throw ve(_)},describe(){return Promise.resolve(f)},async execute(p){m.ensureIdle(),m.startExtendedBatch();let g=m.enqueueExecuteWithFields(f),h=m.enqueueSync();m.socket.write(It("",p??0)),m.socket.write(ye());let E=null,S=null;if(g.then(_=>{S=_},_=>{E===null&&(E=_)}),await h.catch(_=>{E===null&&(E=_)}),E!==null)throw ve(E);if(S===null)throw new Error("PgConnection.prepare.execute: server returned no result");return S},async bindAndExecute(p,g,h){m.ensureIdle();let E=ds(p);m.startExtendedBatch();let S=m.enqueueBind(),_=m.enqueueExecuteWithFields(f),b=m.enqueueSync();m.socket.write(Ot("",t,h??[],E,[0])),m.socket.write(It("",g??0)),m.socket.write(ye());let O=null,L=null;if(S.catch(w=>{O===null&&(O=w)}),_.then(w=>{L=w},w=>{O===null&&(O=w)}),await b.catch(w=>{O===null&&(O=w)}),O!==null)throw ve(O);if(L===null)throw new Error("PgConnection.prepare.bindAndExecute: server returned no result");return L},async close(){m.ensureIdle(),m.startExtendedBatch();let p=m.enqueueClose(),g=m.enqueueSync();m.socket.write(Gt("S",t)),m.socket.write(ye());let h=null;if(p.catch(E=>{h===null&&(h=E)}),await g.catch(E=>{h===null&&(h=E)}),h!==null)throw ve(h)}}}async closePreparedStatement(t){this.ensureIdle(),this.startExtendedBatch();let n=this.enqueueClose(),r=this.enqueueSync();this.socket.write(Gt("S",t)),this.socket.write(ye());let s=null;if(n.catch(o=>{s===null&&(s=o)}),await r.catch(o=>{s===null&&(s=o)}),s!==null)throw ve(s)}startCopyIn(t){return this.ensureIdle(),this._extPipelineActive?(this.abortForCopyInPipeline(),Promise.reject(Object.assign(new Error("COPY in a pipeline is not supported, aborting connection"),{severity:"FATAL"}))):new Promise((n,r)=>{this.copyIn={resolveDone:null,rejectDone:null,error:null,commandTag:null,closed:!1},this.copyStartResolve=()=>{n(this.makeCopyInStream())},this.copyStartReject=r,this.state="in-query",this.socket.write(Dn(t))})}startCopyOut(t){return this.ensureIdle(),this._extPipelineActive?(this.abortForCopyInPipeline(),Promise.reject(Object.assign(new Error("COPY in a pipeline is not supported, aborting connection"),{severity:"FATAL"}))):new Promise((n,r)=>{this.copyOut={queue:[],queuedBytes:0,waker:null,done:!1,abandoned:!1,error:null,commandTag:null},this.copyStartResolve=()=>{n(this.makeCopyOutStream())},this.copyStartReject=r,this.state="in-query",this.socket.write(Dn(t))})}pipeline(){return this.ensureIdle(),new Go(this)}async cancel(){if(this.state==="in-copy-in"&&this.copyIn&&!this.copyIn.closed){this.copyIn.closed=!0;try{this.socket.write(kn("canceled by user"))}catch{}return}if(this.processId===0)return;let t=await ai(this.opts,this.opts.hostaddr!==void 0&&this.opts.hostaddr!==""?this.opts.hostaddr:void 0),n=t;try{let r=ii(this.opts),s={...r!==void 0?{servername:r}:{},rejectUnauthorized:this.opts.ssl==="verify-ca"||this.opts.ssl==="verify-full",ALPNProtocols:["postgresql"]};if(this.opts.ssl!=="verify-full")s.checkServerIdentity=()=>{};else if(this.opts.sslsni===!1){let i=this.opts.host;s.checkServerIdentity=(a,l)=>fs.checkServerIdentity(i,l)}oi(s,this.opts);let o=await us(t,Be(this.opts.host)?"disable":this.opts.ssl,s,{sslcert:this.opts.sslcert,sslkey:this.opts.sslkey,sslcertmode:this.opts.sslcertmode,sslpassword:this.opts.sslpassword,sslrootcert:this.opts.sslrootcert,sslcrl:this.opts.sslcrl,sslcrldir:this.opts.sslcrldir,sslkeylogfile:this.opts.sslkeylogfile},Be(this.opts.host)?"postgres":this.opts.sslnegotiation??"postgres");n=(o.kind==="tls",o.socket),await new Promise((i,a)=>{n.write(Fo(this.processId,this.secretKey),l=>{l?a(l):i()})})}finally{try{n.end()}catch{}try{t.destroy()}catch{}}}escapeIdentifier(t){return'"'+t.replace(/"/g,'""')+'"'}escapeLiteral(t){let n=t.replace(/'/g,"''");return t.includes("\\")?"E'"+n.replace(/\\/g,"\\\\")+"'":"'"+n+"'"}async setClientEncoding(t){await this.execSimple(`SET client_encoding TO ${this.escapeLiteral(t)}`)}onNotice(t){return this.notify.onNotice(t)}onNotification(t){return this.notify.onNotification(t)}async close(){if(this.state!=="closed"){try{this.socket.write(qo())}catch{}this.state="closed",this.notify.clear(),await new Promise(t=>{this.socket.once("close",()=>{t()});try{this.socket.end()}catch{t()}})}}isClosed(){return this.state==="closed"}startup(){return new Promise((t,n)=>{let r={user:this.opts.user,database:this.opts.database,client_encoding:this.opts.clientEncoding??"UTF8"};this.opts.applicationName!==void 0&&(r.application_name=this.opts.applicationName),this.opts.options!==void 0&&(r.options=this.opts.options),this.opts.replication!==void 0&&(r.replication=this.opts.replication),this.startupResolve=t,this.startupReject=n,this.socket.write(Uo(r))})}checkRequireAuth(t){let n=this.opts.requireAuth;if(n===void 0)return!0;let r=n.methods.has(t);return(n.negated?!r:r)?!0:(this.failStartup(new Error(`auth method "${t}" requirement failed`)),!1)}handleAuthMessage(t){switch(t.type){case"AuthenticationOk":if(this.opts.channelBinding==="require"&&(this.scram===null||this.scram.mechanism!=="SCRAM-SHA-256-PLUS")){this.failStartup(new Error("channel binding required, but server authenticated client without channel binding"));return}if(this.scram!==null&&!this.saslFinalSeen){this.failStartup(new Error("server sent AuthenticationOk without completing SCRAM authentication (server signature not verified)"));return}if(!this.authChallengeSeen&&!this.checkRequireAuth("none"))return;this.state="await-ready";return;case"AuthenticationCleartextPassword":if(this.authChallengeSeen=!0,this.opts.channelBinding==="require"){this.failStartup(new Error("channel binding required but not supported by server's authentication request"));return}if(!this.checkRequireAuth("password"))return;if(this.opts.password===void 0){this.failStartup(new Error("Server requested cleartext password but no password was provided"));return}this.passwordUsed=!0,this.socket.write(is(this.opts.password));return;case"AuthenticationMD5Password":{if(this.authChallengeSeen=!0,this.opts.channelBinding==="require"){this.failStartup(new Error("channel binding required but not supported by server's authentication request"));return}if(!this.checkRequireAuth("md5"))return;if(this.opts.password===void 0){this.failStartup(new Error("Server requested MD5 password but no password was provided"));return}let n=Rp(this.opts.user,this.opts.password,t.salt);this.passwordUsed=!0,this.socket.write(is(n));return}case"AuthenticationSASL":if(this.authChallengeSeen=!0,this.opts.password===void 0){this.failStartup(new Error("Server requested SASL auth but no password was provided"));return}if(!this.checkRequireAuth("scram-sha-256"))return;if(this.opts.channelBinding==="require"&&!t.mechanisms.includes("SCRAM-SHA-256-PLUS")){this.failStartup(new Error("channel binding required but not supported by server's authentication request"));return}if(this.opts.channelBinding==="require"&&this.channelBindingData===null){this.failStartup(new Error("channel binding required but not supported by server's authentication request"));return}try{this.scram=Qo({user:this.opts.user,password:this.opts.password,mechanisms:t.mechanisms,channelBinding:this.channelBindingData!==null&&this.opts.channelBinding!=="disable"?{type:"tls-server-end-point",data:this.channelBindingData}:void 0});let{mechanism:n,clientFirstMessage:r}=this.scram.start();this.passwordUsed=!0,this.socket.write(xo(n,r))}catch(n){this.failStartup(n)}return;case"AuthenticationSASLContinue":if(!this.scram){this.failStartup(new Error("Received AuthenticationSASLContinue without an active SCRAM client"));return}try{let n=this.scram.continue(t.data);this.socket.write(Wo(n))}catch(n){this.failStartup(n)}return;case"AuthenticationSASLFinal":if(!this.scram){this.failStartup(new Error("Received AuthenticationSASLFinal without an active SCRAM client"));return}try{this.scram.finish(t.data),this.saslFinalSeen=!0}catch(n){this.failStartup(n)}return;case"ErrorResponse":this.failStartup(it(t.fields));return;case"NoticeResponse":this.notify.emit(Ce(t.fields));return;default:this.handleAwaitReady(t);return}}handleAwaitReady(t){switch(t.type){case"ParameterStatus":this.params.set(t.name,t.value),t.name==="server_version"&&(this.serverVersion=$n(t.value));return;case"BackendKeyData":this.processId=t.processId,this.secretKey=t.secretKey;return;case"ReadyForQuery":if(this.txStatus=t.status,this.state="idle",this.startupResolve){let n=this.startupResolve;this.startupResolve=null,this.startupReject=null,n()}return;case"ErrorResponse":this.failStartup(it(t.fields));return;case"NoticeResponse":this.notify.emit(Ce(t.fields));return;default:this.failStartup(new Error(`Unexpected message ${t.type} during connection startup`));return}}failStartup(t){if(this.startupReject){let n=this.startupReject;this.startupResolve=null,this.startupReject=null,n(t)}try{this.socket.destroy()}catch{}this.state="closed"}makeCopyInStream(){let t=this.copyIn;if(!t)throw new Error("PgConnection: makeCopyInStream called without driver");return{write:n=>{if(this.state==="closed")return Promise.reject(new Error("Connection closed"));if(t.closed)return Promise.reject(new Error("CopyInStream already closed"));let r=typeof n=="string"?ui.from(n,"utf8"):n;return new Promise((s,o)=>{this.socket.write(as(r),i=>{i?o(i):s()})})},end:()=>t.closed?Promise.reject(new Error("CopyInStream already closed")):(t.closed=!0,new Promise((n,r)=>{t.resolveDone=n,t.rejectDone=r,this.socket.write(ls())})),fail:n=>t.closed?Promise.reject(new Error("CopyInStream already closed")):(t.closed=!0,new Promise((r,s)=>{t.resolveDone=()=>{r()},t.rejectDone=s,this.socket.write(kn(n))}))}}makeCopyOutStream(){let t=this.copyOut;if(!t)throw new Error("PgConnection: makeCopyOutStream called without driver");let n=()=>this.state==="closed",r=()=>{this.socket.resume?.()};return{[Symbol.asyncIterator](){return{async next(){for(;;){if(t.queue.length>0){let s=t.queue.shift();if(s===void 0)continue;return t.queuedBytes-=s.length,t.queuedBytes<=wp&&r(),{value:s,done:!1}}if(t.error){let s=t.error,o=new Error(s.message);throw o.cause=s,o}if(t.done)return{value:void 0,done:!0};if(n())throw new Error("Connection closed mid-COPY-OUT");await new Promise(s=>{t.waker=s})}},return(){return t.abandoned=!0,t.queue.length=0,t.queuedBytes=0,r(),Promise.resolve({value:void 0,done:!0})}}}}}handleCopyStartMessage(t){switch(t.type){case"CopyInResponse":if(this._extPipelineActive){this.abortForCopyInPipeline();return}if(this.copyIn){this.state="in-copy-in";let n=this.copyStartResolve;this.copyStartResolve=null,this.copyStartReject=null,n&&n()}return;case"CopyOutResponse":if(this._extPipelineActive){this.abortForCopyInPipeline();return}if(this.copyOut){this.state="in-copy-out";let n=this.copyStartResolve;this.copyStartResolve=null,this.copyStartReject=null,n&&n()}return;case"ErrorResponse":{let n=it(t.fields);this.copyIn&&(this.copyStartReject&&this.copyStartReject(n),this.copyStartResolve=null,this.copyStartReject=null,this.copyIn=null),this.copyOut&&(this.copyStartReject&&this.copyStartReject(n),this.copyStartResolve=null,this.copyStartReject=null,this.copyOut=null);return}case"ReadyForQuery":this.txStatus=t.status,this.state="idle";return;case"NoticeResponse":this.notify.emit(Ce(t.fields));return;case"ParameterStatus":this.params.set(t.name,t.value);return;default:this.copyStartReject&&this.copyStartReject(new Error(`Unexpected backend message before COPY response: ${t.type}`)),this.copyStartResolve=null,this.copyStartReject=null;return}}handleCopyInMessage(t){let n=this.copyIn;if(n)switch(t.type){case"CommandComplete":n.commandTag=t.tag,this.lastCopyTag=t.tag;return;case"ErrorResponse":n.error=it(t.fields);return;case"NoticeResponse":this.notify.emit(Ce(t.fields));return;case"ParameterStatus":this.params.set(t.name,t.value);return;case"ReadyForQuery":this.txStatus=t.status,this.state="idle",this.copyIn=null,n.error?n.rejectDone&&n.rejectDone(n.error):n.resolveDone&&n.resolveDone();return;default:n.error={severity:"ERROR",message:`Unexpected backend message during COPY IN: ${t.type}`};return}}handleCopyOutMessage(t){let n=this.copyOut;if(n)switch(t.type){case"CopyData":if(n.abandoned)return;if(n.queue.push(t.data),n.queuedBytes+=t.data.length,n.queuedBytes>=yp&&this.socket.pause?.(),n.waker){let r=n.waker;n.waker=null,r()}return;case"CopyDone":return;case"CommandComplete":n.commandTag=t.tag,this.lastCopyTag=t.tag;return;case"ErrorResponse":n.error=it(t.fields);return;case"NoticeResponse":this.notify.emit(Ce(t.fields));return;case"ParameterStatus":this.params.set(t.name,t.value);return;case"ReadyForQuery":if(this.txStatus=t.status,this.state="idle",n.done=!0,this.copyOut=null,n.waker){let r=n.waker;n.waker=null,r()}return;default:if(n.error={severity:"ERROR",message:`Unexpected backend message during COPY OUT: ${t.type}`},n.waker){let r=n.waker;n.waker=null,r()}return}}handleQueryMessage(t){let n=this.pendingQuery;if(!n){this.handleCopyStartMessage(t);return}switch(t.type){case"RowDescription":n.current={command:"",rowCount:null,oid:null,fields:t.fields,rows:[],notices:[]};return;case"DataRow":n.current||(n.current={command:"",rowCount:null,oid:null,fields:[],rows:[],notices:[]}),n.current.rows.push(li(t.values,n.current.fields));return;case"CommandComplete":{let{command:r,rowCount:s,oid:o}=ci(t.tag),i=n.current??{command:r,rowCount:s,oid:o,fields:[],rows:[],notices:[]};i.command=r,i.rowCount=s,i.oid=o,i.notices=n.notices.splice(0),n.finished.push(i),n.current=null;return}case"EmptyQueryResponse":{let r={command:"",rowCount:null,oid:null,fields:[],rows:[],notices:n.notices.splice(0)};n.finished.push(r),n.current=null;return}case"ParameterStatus":this.params.set(t.name,t.value),t.name==="server_version"&&(this.serverVersion=$n(t.value));return;case"NoticeResponse":{let r=Ce(t.fields);n.notices.push(r),this.notify.emit(r);return}case"NotificationResponse":this.notify.emitNotification(t.channel,t.payload,t.processId);return;case"ErrorResponse":n.error=it(t.fields);return;case"ReadyForQuery":if(this.txStatus=t.status,this.state="idle",this.pendingQuery=null,n.error){let r=ve(n.error);r.partialResults=n.finished,n.reject(r)}else n.resolve(n.finished);return;case"CopyInResponse":{if(this._extPipelineActive){this.abortForCopyInPipeline();return}let r=this.copyInMidBatchQueue.shift();if(r!==void 0){try{r.length>0&&this.socket.write(as(r)),this.socket.write(ls())}catch{}return}n.error={severity:"ERROR",message:"COPY FROM STDIN not supported via execSimple — use \\copy or startCopyIn"};try{this.socket.write(kn("COPY FROM STDIN not driven by client"))}catch{}return}case"CopyOutResponse":if(this._extPipelineActive){this.abortForCopyInPipeline();return}this.copyOutMidBatchActive=!0,n.current=n.current??{command:"",rowCount:null,oid:null,fields:[],rows:[],notices:[]},n.current.copyOutBytes=n.current.copyOutBytes??[];return;case"CopyData":if(this.copyOutMidBatchActive){let r=n.current;r&&(r.copyOutBytes=r.copyOutBytes??[],r.copyOutBytes.push(t.data));return}n.error={severity:"ERROR",message:"Unexpected backend message during query: CopyData"};return;case"CopyDone":if(this.copyOutMidBatchActive){this.copyOutMidBatchActive=!1;return}n.error={severity:"ERROR",message:"Unexpected backend message during query: CopyDone"};return;case"CopyBothResponse":{let r={severity:"ERROR",code:"0A000",message:"syntax error: unexpected CopyBothResponse from server (replication streaming is not supported by this client)"};n.error=r,n.reject(ve(r)),this.pendingQuery=null,this.socketError=new Error(r.message);try{this.socket.destroy()}catch{}this.state="closed";return}default:n.error={severity:"ERROR",message:`Unexpected backend message during query: ${t.type}`};return}}onData(t){let n;try{n=this.parser.feed(t)}catch(r){this.socketError=r instanceof Error?r:new Error(String(r)),this.failPending(this.socketError);try{this.socket.destroy()}catch{}this.state="closed";return}for(let r of n)if(this.dispatch(r),this.state==="closed")break}dispatch(t){if(t.type==="NotificationResponse"){this.notify.emitNotification(t.channel,t.payload,t.processId);return}switch(this.state){case"auth":this.handleAuthMessage(t);return;case"await-ready":this.handleAwaitReady(t);return;case"idle":if(t.type==="ParameterStatus"){this.params.set(t.name,t.value),t.name==="server_version"&&(this.serverVersion=$n(t.value));return}if(t.type==="NoticeResponse"){this.notify.emit(Ce(t.fields));return}this.socketError=new Error(`Unexpected ${t.type} in idle state`);try{this.socket.destroy()}catch{}this.state="closed";return;case"in-query":this.handleQueryMessage(t);return;case"in-extended":this.handleExtendedMessage(t);return;case"in-copy-in":this.handleCopyInMessage(t);return;case"in-copy-out":this.handleCopyOutMessage(t);return;case"closed":return}}failPending(t){if(this.pendingQuery){let n=this.pendingQuery;this.pendingQuery=null,n.reject(n.error!=null?ve(n.error):t)}if(this.extDriver){let n=this.extDriver;this.extDriver=null;for(let r of n.queue)r.reject(t)}if(this.startupReject){let n=this.startupReject;this.startupResolve=null,this.startupReject=null,n(t)}if(this.copyStartReject){let n=this.copyStartReject;this.copyStartResolve=null,this.copyStartReject=null,n(t)}if(this.copyIn){let n=this.copyIn;this.copyIn=null,n.rejectDone&&n.rejectDone(t)}if(this.copyOut){let n=this.copyOut;if(this.copyOut=null,n.error=t instanceof Error?{severity:"ERROR",message:t.message}:{severity:"ERROR",message:String(t)},n.waker){let r=n.waker;n.waker=null,r()}}}ensureIdle(){if(this.state==="closed")throw new Error("PgConnection: connection is closed");if(this.state!=="idle"&&this.state!=="in-extended")throw new Error(`PgConnection: cannot start query in state ${this.state}`)}startExtendedBatch(){if(this.state==="idle")this.state="in-extended",this.extDriver={queue:[],error:null};else{if(this.state!=="in-extended")throw new Error(`PgConnection: cannot start extended batch in state ${this.state}`);this.extDriver||(this.extDriver={queue:[],error:null})}}writeRaw(t){this.socket.write(t)}enqueueParse(){return this.enqueueOp({kind:"parse",resolve:()=>{},reject:()=>{}})}enqueueBind(){return this.enqueueOp({kind:"bind",resolve:()=>{},reject:()=>{}})}enqueueDescribeStatement(){return this.enqueueOp({kind:"describeS",resolve:()=>{},reject:()=>{},paramOids:null})}enqueueDescribePortal(){return this.enqueueOp({kind:"describeP",resolve:()=>{},reject:()=>{}})}enqueueDescribePortalIntoNextExecute(){let t=this.extDriver;return t?new Promise((n,r)=>{t.queue.push({kind:"describeP",resolve:s=>{let o=s;for(let i of t.queue)if(i.kind==="execute"&&i.fields===null){i.fields=o;break}n()},reject:r})}):Promise.reject(new Error("enqueueDescribePortalIntoNextExecute: not in extended state"))}enqueueExecute(){return this.enqueueOp({kind:"execute",resolve:()=>{},reject:()=>{},current:null,notices:[],fields:null})}enqueueExecuteWithFields(t){return this.enqueueOp({kind:"execute",resolve:()=>{},reject:()=>{},current:null,notices:[],fields:t})}enqueueClose(){return this.enqueueOp({kind:"close",resolve:()=>{},reject:()=>{}})}enqueueSync(){return this.enqueueOp({kind:"sync",resolve:()=>{},reject:()=>{}})}enqueueOp(t){if(!this.extDriver)return Promise.reject(new Error("enqueueOp: not in extended state"));let n=this.extDriver;return new Promise((r,s)=>{let o=t;o.resolve=r,o.reject=s,n.queue.push(o)})}handleExtendedMessage(t){let n=this.extDriver;if(!n)return;if(t.type==="ParameterStatus"){this.params.set(t.name,t.value),t.name==="server_version"&&(this.serverVersion=$n(t.value));return}if(t.type==="NoticeResponse"){let s=Ce(t.fields);this.notify.emit(s);let o=n.queue[0];o&&o.kind==="execute"&&o.notices.push(s);return}if(t.type==="NotificationResponse"){this.notify.emitNotification(t.channel,t.payload,t.processId);return}if(t.type==="ErrorResponse"){n.error=it(t.fields);let s=!0;for(;n.queue.length>0;){let o=n.queue[0];if(o.kind==="sync")break;n.queue.shift(),s?(o.reject(n.error),s=!1):o.reject(ri())}return}if(t.type==="CopyInResponse"||t.type==="CopyOutResponse"){this.abortForCopyInPipeline();return}for(;n.error!==null;){let s=n.queue[0];if(!s||s.kind==="sync")break;n.queue.shift(),s.reject(ri())}let r=n.queue[0];if(!r){this.protocolFail(new Error(`Unexpected backend message ${t.type} in in-extended`));return}switch(t.type){case"ParseComplete":if(r.kind!=="parse"){this.protocolFail(new Error("ParseComplete arrived but head op is "+r.kind));return}n.queue.shift(),r.resolve(void 0);return;case"BindComplete":if(r.kind!=="bind"){this.protocolFail(new Error("BindComplete arrived but head op is "+r.kind));return}n.queue.shift(),r.resolve(void 0);return;case"CloseComplete":if(r.kind!=="close"){this.protocolFail(new Error("CloseComplete arrived but head op is "+r.kind));return}n.queue.shift(),r.resolve(void 0);return;case"ParameterDescription":if(r.kind!=="describeS"){this.protocolFail(new Error("ParameterDescription arrived but head op is "+r.kind));return}r.paramOids=t.oids;return;case"RowDescription":if(r.kind==="describeS"){n.queue.shift(),r.resolve({paramOids:r.paramOids??[],fields:t.fields});return}if(r.kind==="describeP"){n.queue.shift(),r.resolve(t.fields);return}if(r.kind==="execute"){r.current={command:"",rowCount:null,oid:null,fields:t.fields,rows:[],notices:[]},r.fields=t.fields;return}this.protocolFail(new Error("Unexpected RowDescription at head op "+r.kind));return;case"NoData":if(r.kind==="describeS"){n.queue.shift(),r.resolve({paramOids:r.paramOids??[],fields:[]});return}if(r.kind==="describeP"){n.queue.shift(),r.resolve([]);return}this.protocolFail(new Error("Unexpected NoData at head op "+r.kind));return;case"DataRow":{if(r.kind!=="execute"){this.protocolFail(new Error("DataRow at head op "+r.kind));return}let s=r.fields??r.current?.fields??[];r.current||(r.current={command:"",rowCount:null,oid:null,fields:s,rows:[],notices:[]}),r.current.rows.push(li(t.values,s));return}case"CommandComplete":{if(r.kind!=="execute"){this.protocolFail(new Error("CommandComplete at head op "+r.kind));return}let{command:s,rowCount:o,oid:i}=ci(t.tag),a=r.current??{command:s,rowCount:o,oid:i,fields:r.fields??[],rows:[],notices:[]};a.command=s,a.rowCount=o,a.oid=i,a.notices=r.notices.splice(0),n.queue.shift(),r.resolve(a);return}case"EmptyQueryResponse":{if(r.kind!=="execute"){this.protocolFail(new Error("EmptyQueryResponse at head op "+r.kind));return}let s={command:"",rowCount:null,oid:null,fields:[],rows:[],notices:r.notices.splice(0)};n.queue.shift(),r.resolve(s);return}case"PortalSuspended":{if(r.kind!=="execute"){this.protocolFail(new Error("PortalSuspended at head op "+r.kind));return}let s=r.current??{command:"",rowCount:null,oid:null,fields:r.fields??[],rows:[],notices:r.notices.splice(0)};s.notices=r.notices.splice(0),n.queue.shift(),r.resolve(s);return}case"ReadyForQuery":{if(this.txStatus=t.status,r.kind!=="sync"){this.protocolFail(new Error("ReadyForQuery but head op is "+r.kind));return}n.queue.shift();let s=n.error;n.error=null,s?r.reject(s):r.resolve(void 0),n.queue.length===0&&!this._extPipelineActive&&(this.state="idle",this.extDriver=null);return}default:this.protocolFail(new Error(`Unexpected ${t.type} in in-extended state`));return}}protocolFail(t){this.socketError=t,this.failPending(t);try{this.socket.destroy()}catch{}this.state="closed"}abortForCopyInPipeline(){let t={severity:"FATAL",message:"COPY in a pipeline is not supported, aborting connection"};this.socketError=new Error(t.message),this.failPending(t);try{this.socket.destroy()}catch{}this.state="closed"}};function Be(e){return e.startsWith("/")}function Lp(e,t){return`${e}/.s.PGSQL.${String(t)}`}async function Op(e){let t=[];for(let n of e){if(Be(n.host)||Qt.isIP(n.host)!==0){t.push({host:n.host,port:n.port});continue}let r;try{r=Ct._dnsLookupAll?await Ct._dnsLookupAll(n.host):await di.lookup(n.host,{all:!0,family:0})}catch{continue}for(let s of r)t.push({host:n.host,address:s.address,port:n.port})}return t}function si(e){switch(e){case"TLSv1":case"TLSv1.1":case"TLSv1.2":case"TLSv1.3":return e;default:return}}function oi(e,t){let n=si(t.sslMinProtocolVersion);n!==void 0&&(e.minVersion=n);let r=si(t.sslMaxProtocolVersion);r!==void 0&&(e.maxVersion=r)}function ii(e){return e.sslsni===!1?void 0:e.host}function bp(e){return{enable:e.keepalives!==!1,initialDelayMs:e.keepalivesIdle!==void 0?e.keepalivesIdle*1e3:void 0}}function Ip(e){let t=e.toUpperCase();if(t.includes("CHACHA20")||t.includes("AES_256")||t.includes("AES256"))return 256;if(t.includes("AES_128")||t.includes("AES128"))return 128;if(t.includes("AES_192")||t.includes("AES192"))return 192;let n=/(\d{2,4})/.exec(t);if(n){let r=parseInt(n[1],10);if(Number.isFinite(r)&&r>0)return r}return null}function ai(e,t){return new Promise((n,r)=>{let s=Be(e.host),o=s?Qt.connect({path:Lp(e.host,e.port)}):Qt.connect({host:t??e.host,port:e.port});if(!s){let{enable:d,initialDelayMs:f}=bp(e);f!==void 0?o.setKeepAlive(d,f):o.setKeepAlive(d)}let i=e.connectTimeoutMs,a=null;i!==void 0&&i>0&&(a=setTimeout(()=>{o.destroy(new Error(`Connect timed out after ${String(i)} ms`))},i));let l=()=>{a&&clearTimeout(a),o.removeListener("error",c),o.removeListener("connect",u)},c=d=>{l(),r(d)},u=()=>{l(),n(o)};o.once("error",c),o.once("connect",u)})}function li(e,t){let n=new Array(e.length);for(let r=0;r<e.length;r++){let s=e[r];if(s===null){n[r]=null;continue}let o=t[r]?.format??0;n[r]=o===1?s:s.toString("utf8")}return n}function ci(e){let t=e.trim(),n=/^INSERT (\d+) (\d+)$/.exec(t);if(n)return{command:"INSERT",oid:parseInt(n[1],10),rowCount:parseInt(n[2],10)};let r=/^([A-Z][A-Z ]*?)(?: (\d+))?$/.exec(t);return r?{command:r[1],rowCount:r[2]!==void 0?parseInt(r[2],10):null,oid:null}:{command:t,rowCount:null,oid:null}}function ds(e){return e.map(t=>{if(t==null)return null;if(ui.isBuffer(t)||typeof t=="string")return t;if(typeof t=="boolean")return t?"t":"f";if(typeof t=="number"||typeof t=="bigint")return t.toString();try{return JSON.stringify(t)}catch{return""}})}function ve(e){if(e instanceof Error)return e;if(typeof e=="object"&&e!==null&&"message"in e&&typeof e.message=="string"){let t=e,n=new Error(t.message);for(let r of Object.keys(t))r!=="message"&&(n[r]=t[r]);return n.cause=e,n}return new Error(String(e))}T();T();import{accessSync as fi,constants as pi}from"node:fs";import{spawn as Cp}from"child_process";import{basename as vp,delimiter as Pp,isAbsolute as Dp,join as kp}from"path";var Mp=e=>{let t=n=>{try{return fi(n,pi.X_OK),!0}catch{if(process.platform==="win32")for(let r of["",".exe",".cmd",".bat"])try{return fi(n+r,pi.F_OK),!0}catch{}return!1}};return e.includes("/")||e.includes("\\")||Dp(e)?t(e):(process.env.PATH??"").split(Pp).filter(n=>n.length>0).some(n=>t(kp(n,e)))},mi=e=>{let t=e.env??process.env,n=[e.pagerCmd,t.PSQL_PAGER,t.PAGER];for(let r of n)if(r!==void 0&&!/^\s*$/.test(r))return r;return process.platform==="win32"?"":"less"},$p=e=>e.isTty!==void 0?e.isTty:!!(e.stdout??process.stdout).isTTY,Up=e=>{if(e.terminalHeight!==void 0)return e.terminalHeight;let t=(e.stdout??process.stdout).rows;return typeof t=="number"&&t>0?t:24},gi=e=>{if(e.pager==="off"||mi(e)==="")return!1;if(e.pager==="always")return!0;if(!$p(e)||e.lines===void 0)return!1;let t=Math.max(e.pagerMinLines,Up(e));return e.lines>=t},hi=e=>{if(e.pager==="off"||e.redirectedOutput)return!1;let t=3+Math.max(0,e.rowCount)+1,n=e.isTty!==void 0?e.isTty:!!e.output.isTTY;return e.pager!=="always"&&!n?!1:gi({pager:e.pager,pagerMinLines:e.pagerMinLines,pagerCmd:e.pagerCmd,env:e.env,stdout:e.output,isTty:n,terminalHeight:e.terminalHeight,lines:t})},Hp=/[\s|;><]/,Fp=e=>Hp.test(e)?{command:e,args:[],shell:!0}:{command:e,args:[],shell:!1},qp=(e,t)=>{let n={...t};if(n.LESS===void 0){let r=e.trim().split(/\s+/,1)[0]??"";vp(r)==="less"&&(n.LESS="FRX")}return n},jt=e=>({out:e,spawned:!1,close:()=>Promise.resolve(0)}),Hn=e=>{let t=e.stdout??process.stdout;if(!gi(e))return jt(t);let n=mi(e);if(n==="")return jt(t);let{command:r,shell:s}=Fp(n);if(!s&&!Mp(r))return jt(t);let o=e.env??process.env,i=qp(n,o),a;try{a=Cp(r,[],{stdio:["pipe","inherit","inherit"],shell:s,env:i})}catch{return jt(t)}let l=a.stdin;if(l===null)return jt(t);l.on("error",u=>{if(u.code!=="EPIPE")throw u});let c=new Promise(u=>{let d=f=>{u(f??0)};a.once("exit",f=>{d(f)}),a.once("error",()=>{d(127)})});return{out:l,spawned:!0,close:()=>{if(!l.writableEnded)try{l.end()}catch(u){if(u.code!=="EPIPE")throw u}return c}}};T();var I="https://www.postgresql.org/docs/current/sql-",ps=[{cmd:"SELECT",description:"retrieve rows from a table or view",syntax:`[ WITH [ RECURSIVE ] with_query [, ...] ]
SELECT [ ALL | DISTINCT [ ON ( expression [, ...] ) ] ]
    [ * | expression [ [ AS ] output_name ] [, ...] ]
    [ FROM from_item [, ...] ]
    [ WHERE condition ]
    [ GROUP BY [ ALL | DISTINCT ] grouping_element [, ...] ]
    [ HAVING condition ]
    [ WINDOW window_name AS ( window_definition ) [, ...] ]
    [ { UNION | INTERSECT | EXCEPT } [ ALL | DISTINCT ] select ]
    [ ORDER BY expression [ ASC | DESC | USING operator ] [ NULLS { FIRST | LAST } ] [, ...] ]
    [ LIMIT { count | ALL } ]
    [ OFFSET start [ ROW | ROWS ] ]
    [ FOR { UPDATE | NO KEY UPDATE | SHARE | KEY SHARE } [ OF from_reference [, ...] ] [ NOWAIT | SKIP LOCKED ] [...] ]`,docUrl:`${I}select.html`},{cmd:"INSERT",description:"create new rows in a table",syntax:`[ WITH [ RECURSIVE ] with_query [, ...] ]
INSERT INTO table_name [ AS alias ] [ ( column_name [, ...] ) ]
    [ OVERRIDING { SYSTEM | USER } VALUE ]
    { DEFAULT VALUES | VALUES ( { expression | DEFAULT } [, ...] ) [, ...] | query }
    [ ON CONFLICT [ conflict_target ] conflict_action ]
    [ RETURNING { * | output_expression [ [ AS ] output_name ] } [, ...] ]

where conflict_action is one of:
    DO NOTHING
    DO UPDATE SET { column_name = { expression | DEFAULT } |
                    ( column_name [, ...] ) = ( { expression | DEFAULT } [, ...] ) } [, ...]
                  [ WHERE condition ]`,docUrl:`${I}insert.html`},{cmd:"UPDATE",description:"update rows of a table",syntax:`[ WITH [ RECURSIVE ] with_query [, ...] ]
UPDATE [ ONLY ] table_name [ * ] [ [ AS ] alias ]
    SET { column_name = { expression | DEFAULT } |
          ( column_name [, ...] ) = [ ROW ] ( { expression | DEFAULT } [, ...] ) |
          ( column_name [, ...] ) = ( sub-SELECT )
        } [, ...]
    [ FROM from_item [, ...] ]
    [ WHERE condition | WHERE CURRENT OF cursor_name ]
    [ RETURNING { * | output_expression [ [ AS ] output_name ] } [, ...] ]`,docUrl:`${I}update.html`},{cmd:"DELETE",description:"delete rows of a table",syntax:`[ WITH [ RECURSIVE ] with_query [, ...] ]
DELETE FROM [ ONLY ] table_name [ * ] [ [ AS ] alias ]
    [ USING from_item [, ...] ]
    [ WHERE condition | WHERE CURRENT OF cursor_name ]
    [ RETURNING { * | output_expression [ [ AS ] output_name ] } [, ...] ]`,docUrl:`${I}delete.html`},{cmd:"MERGE",description:"conditionally insert, update, or delete rows of a table",syntax:`[ WITH with_query [, ...] ]
MERGE INTO [ ONLY ] target_table_name [ * ] [ [ AS ] target_alias ]
USING data_source ON join_condition
when_clause [...]
[ RETURNING { * | output_expression [ [ AS ] output_name ] } [, ...] ]

where when_clause is one of:
  WHEN MATCHED [ AND condition ] THEN { merge_update | merge_delete | DO NOTHING }
  WHEN NOT MATCHED BY SOURCE [ AND condition ] THEN { merge_update | merge_delete | DO NOTHING }
  WHEN NOT MATCHED [ BY TARGET ] [ AND condition ] THEN { merge_insert | DO NOTHING }`,docUrl:`${I}merge.html`},{cmd:"COPY",description:"copy data between a file and a table",syntax:`COPY table_name [ ( column_name [, ...] ) ]
    FROM { 'filename' | PROGRAM 'command' | STDIN }
    [ [ WITH ] ( option [, ...] ) ]
    [ WHERE condition ]

COPY { table_name [ ( column_name [, ...] ) ] | ( query ) }
    TO { 'filename' | PROGRAM 'command' | STDOUT }
    [ [ WITH ] ( option [, ...] ) ]`,docUrl:`${I}copy.html`},{cmd:"EXPLAIN",description:"show the execution plan of a statement",syntax:`EXPLAIN [ ( option [, ...] ) ] statement
EXPLAIN [ ANALYZE ] [ VERBOSE ] statement

where option can be one of:
    ANALYZE [ boolean ]
    VERBOSE [ boolean ]
    COSTS [ boolean ]
    SETTINGS [ boolean ]
    GENERIC_PLAN [ boolean ]
    BUFFERS [ boolean ]
    SERIALIZE [ { NONE | TEXT | BINARY } ]
    WAL [ boolean ]
    TIMING [ boolean ]
    SUMMARY [ boolean ]
    MEMORY [ boolean ]
    FORMAT { TEXT | XML | JSON | YAML }`,docUrl:`${I}explain.html`},{cmd:"ANALYZE",description:"collect statistics about a database",syntax:`ANALYZE [ ( option [, ...] ) ] [ table_and_columns [, ...] ]
ANALYZE [ VERBOSE ] [ table_and_columns [, ...] ]

where option can be one of:
    VERBOSE [ boolean ]
    SKIP_LOCKED [ boolean ]
    BUFFER_USAGE_LIMIT size

and table_and_columns is:
    table_name [ ( column_name [, ...] ) ]`,docUrl:`${I}analyze.html`},{cmd:"VACUUM",description:"garbage-collect and optionally analyze a database",syntax:`VACUUM [ ( option [, ...] ) ] [ table_and_columns [, ...] ]
VACUUM [ FULL ] [ FREEZE ] [ VERBOSE ] [ ANALYZE ] [ table_and_columns [, ...] ]

where option can be one of:
    FULL [ boolean ]
    FREEZE [ boolean ]
    VERBOSE [ boolean ]
    ANALYZE [ boolean ]
    DISABLE_PAGE_SKIPPING [ boolean ]
    SKIP_LOCKED [ boolean ]
    INDEX_CLEANUP { AUTO | ON | OFF }
    PROCESS_TOAST [ boolean ]
    TRUNCATE [ boolean ]
    PARALLEL integer
    SKIP_DATABASE_STATS [ boolean ]
    ONLY_DATABASE_STATS [ boolean ]
    BUFFER_USAGE_LIMIT size`,docUrl:`${I}vacuum.html`},{cmd:"REINDEX",description:"rebuild indexes",syntax:`REINDEX [ ( option [, ...] ) ] { INDEX | TABLE | SCHEMA } [ CONCURRENTLY ] name
REINDEX [ ( option [, ...] ) ] { DATABASE | SYSTEM } [ CONCURRENTLY ] [ name ]

where option can be one of:
    CONCURRENTLY [ boolean ]
    TABLESPACE new_tablespace
    VERBOSE [ boolean ]`,docUrl:`${I}reindex.html`},{cmd:"TRUNCATE",description:"empty a table or set of tables",syntax:`TRUNCATE [ TABLE ] [ ONLY ] name [ * ] [, ... ]
    [ RESTART IDENTITY | CONTINUE IDENTITY ] [ CASCADE | RESTRICT ]`,docUrl:`${I}truncate.html`},{cmd:"CREATE TABLE",description:"define a new table",syntax:`CREATE [ [ GLOBAL | LOCAL ] { TEMPORARY | TEMP } | UNLOGGED ] TABLE [ IF NOT EXISTS ] table_name ( [
  { column_name data_type [ STORAGE { PLAIN | EXTERNAL | EXTENDED | MAIN | DEFAULT } ] [ COMPRESSION compression_method ] [ COLLATE collation ] [ column_constraint [ ... ] ]
    | table_constraint
    | LIKE source_table [ like_option ... ] }
    [, ... ]
] )
[ INHERITS ( parent_table [, ... ] ) ]
[ PARTITION BY { RANGE | LIST | HASH } ( { column_name | ( expression ) } [ COLLATE collation ] [ opclass ] [, ... ] ) ]
[ USING method ]
[ WITH ( storage_parameter [= value] [, ... ] ) | WITHOUT OIDS ]
[ ON COMMIT { PRESERVE ROWS | DELETE ROWS | DROP } ]
[ TABLESPACE tablespace_name ]

CREATE [ [ GLOBAL | LOCAL ] { TEMPORARY | TEMP } | UNLOGGED ] TABLE [ IF NOT EXISTS ] table_name
    OF type_name [ ( { column_name [ WITH OPTIONS ] [ column_constraint [ ... ] ] | table_constraint } [, ... ] ) ] [...]

CREATE [ [ GLOBAL | LOCAL ] { TEMPORARY | TEMP } | UNLOGGED ] TABLE [ IF NOT EXISTS ] table_name
    PARTITION OF parent_table [ ( ... ) ] { FOR VALUES partition_bound_spec | DEFAULT } [...]`,docUrl:`${I}createtable.html`},{cmd:"CREATE INDEX",description:"define a new index",syntax:`CREATE [ UNIQUE ] INDEX [ CONCURRENTLY ] [ [ IF NOT EXISTS ] name ] ON [ ONLY ] table_name [ USING method ]
    ( { column_name | ( expression ) } [ COLLATE collation ] [ opclass [ ( opclass_parameter = value [, ... ] ) ] ] [ ASC | DESC ] [ NULLS { FIRST | LAST } ] [, ...] )
    [ INCLUDE ( column_name [, ...] ) ]
    [ NULLS [ NOT ] DISTINCT ]
    [ WITH ( storage_parameter [= value] [, ... ] ) ]
    [ TABLESPACE tablespace_name ]
    [ WHERE predicate ]`,docUrl:`${I}createindex.html`},{cmd:"CREATE VIEW",description:"define a new view",syntax:`CREATE [ OR REPLACE ] [ TEMP | TEMPORARY ] [ RECURSIVE ] VIEW name [ ( column_name [, ...] ) ]
    [ WITH ( view_option_name [= view_option_value] [, ... ] ) ]
    AS query
    [ WITH [ CASCADED | LOCAL ] CHECK OPTION ]`,docUrl:`${I}createview.html`},{cmd:"CREATE MATERIALIZED VIEW",description:"define a new materialized view",syntax:`CREATE MATERIALIZED VIEW [ IF NOT EXISTS ] table_name
    [ (column_name [, ...] ) ]
    [ USING method ]
    [ WITH ( storage_parameter [= value] [, ... ] ) ]
    [ TABLESPACE tablespace_name ]
    AS query
    [ WITH [ NO ] DATA ]`,docUrl:`${I}creatematerializedview.html`},{cmd:"CREATE FUNCTION",description:"define a new function",syntax:`CREATE [ OR REPLACE ] FUNCTION
    name ( [ [ argmode ] [ argname ] argtype [ { DEFAULT | = } default_expr ] [, ...] ] )
    [ RETURNS rettype
      | RETURNS TABLE ( column_name column_type [, ...] ) ]
  { LANGUAGE lang_name
    | TRANSFORM { FOR TYPE type_name } [, ... ]
    | WINDOW
    | { IMMUTABLE | STABLE | VOLATILE }
    | [ NOT ] LEAKPROOF
    | { CALLED ON NULL INPUT | RETURNS NULL ON NULL INPUT | STRICT }
    | { [ EXTERNAL ] SECURITY INVOKER | [ EXTERNAL ] SECURITY DEFINER }
    | PARALLEL { UNSAFE | RESTRICTED | SAFE }
    | COST execution_cost
    | ROWS result_rows
    | SUPPORT support_function
    | SET configuration_parameter { TO value | = value | FROM CURRENT }
    | AS 'definition'
    | AS 'obj_file', 'link_symbol'
    | sql_body
  } ...`,docUrl:`${I}createfunction.html`},{cmd:"CREATE PROCEDURE",description:"define a new procedure",syntax:`CREATE [ OR REPLACE ] PROCEDURE
    name ( [ [ argmode ] [ argname ] argtype [ { DEFAULT | = } default_expr ] [, ...] ] )
  { LANGUAGE lang_name
    | TRANSFORM { FOR TYPE type_name } [, ... ]
    | [ EXTERNAL ] SECURITY INVOKER | [ EXTERNAL ] SECURITY DEFINER
    | SET configuration_parameter { TO value | = value | FROM CURRENT }
    | AS 'definition'
    | AS 'obj_file', 'link_symbol'
    | sql_body
  } ...`,docUrl:`${I}createprocedure.html`},{cmd:"CREATE EXTENSION",description:"install an extension",syntax:`CREATE EXTENSION [ IF NOT EXISTS ] extension_name
    [ WITH ] [ SCHEMA schema_name ]
             [ VERSION version ]
             [ CASCADE ]`,docUrl:`${I}createextension.html`},{cmd:"CREATE SCHEMA",description:"define a new schema",syntax:`CREATE SCHEMA [ IF NOT EXISTS ] schema_name [ AUTHORIZATION role_specification ] [ schema_element [ ... ] ]
CREATE SCHEMA [ IF NOT EXISTS ] AUTHORIZATION role_specification [ schema_element [ ... ] ]

where role_specification can be:
    user_name
  | CURRENT_ROLE
  | CURRENT_USER
  | SESSION_USER`,docUrl:`${I}createschema.html`},{cmd:"CREATE DATABASE",description:"create a new database",syntax:`CREATE DATABASE name
    [ WITH ] [ OWNER [=] user_name ]
             [ TEMPLATE [=] template ]
             [ ENCODING [=] encoding ]
             [ STRATEGY [=] strategy ]
             [ LOCALE [=] locale ]
             [ LC_COLLATE [=] lc_collate ]
             [ LC_CTYPE [=] lc_ctype ]
             [ BUILTIN_LOCALE [=] builtin_locale ]
             [ ICU_LOCALE [=] icu_locale ]
             [ ICU_RULES [=] icu_rules ]
             [ LOCALE_PROVIDER [=] locale_provider ]
             [ COLLATION_VERSION = collation_version ]
             [ TABLESPACE [=] tablespace_name ]
             [ ALLOW_CONNECTIONS [=] allowconn ]
             [ CONNECTION LIMIT [=] connlimit ]
             [ IS_TEMPLATE [=] istemplate ]
             [ OID [=] oid ]`,docUrl:`${I}createdatabase.html`},{cmd:"CREATE ROLE",description:"define a new database role",syntax:`CREATE ROLE name [ [ WITH ] option [ ... ] ]

where option can be:

      SUPERUSER | NOSUPERUSER
    | CREATEDB | NOCREATEDB
    | CREATEROLE | NOCREATEROLE
    | INHERIT | NOINHERIT
    | LOGIN | NOLOGIN
    | REPLICATION | NOREPLICATION
    | BYPASSRLS | NOBYPASSRLS
    | CONNECTION LIMIT connlimit
    | [ ENCRYPTED ] PASSWORD 'password' | PASSWORD NULL
    | VALID UNTIL 'timestamp'
    | IN ROLE role_name [, ...]
    | ROLE role_name [, ...]
    | ADMIN role_name [, ...]
    | SYSID uid`,docUrl:`${I}createrole.html`},{cmd:"CREATE USER",description:"define a new database role (alias for CREATE ROLE ... LOGIN)",syntax:`CREATE USER name [ [ WITH ] option [ ... ] ]

where option can be:

      SUPERUSER | NOSUPERUSER
    | CREATEDB | NOCREATEDB
    | CREATEROLE | NOCREATEROLE
    | INHERIT | NOINHERIT
    | LOGIN | NOLOGIN
    | REPLICATION | NOREPLICATION
    | BYPASSRLS | NOBYPASSRLS
    | CONNECTION LIMIT connlimit
    | [ ENCRYPTED ] PASSWORD 'password' | PASSWORD NULL
    | VALID UNTIL 'timestamp'
    | IN ROLE role_name [, ...]
    | ROLE role_name [, ...]
    | ADMIN role_name [, ...]`,docUrl:`${I}createuser.html`},{cmd:"CREATE TYPE",description:"define a new data type",syntax:`CREATE TYPE name AS
    ( [ attribute_name data_type [ COLLATE collation ] [, ... ] ] )

CREATE TYPE name AS ENUM
    ( [ 'label' [, ... ] ] )

CREATE TYPE name AS RANGE (
    SUBTYPE = subtype
    [ , SUBTYPE_OPCLASS = subtype_operator_class ]
    [ , COLLATION = collation ]
    [ , CANONICAL = canonical_function ]
    [ , SUBTYPE_DIFF = subtype_diff_function ]
    [ , MULTIRANGE_TYPE_NAME = multirange_type_name ]
)

CREATE TYPE name (
    INPUT = input_function,
    OUTPUT = output_function
    [ , RECEIVE = receive_function ]
    [ , SEND = send_function ]
    [ , ... ]
)

CREATE TYPE name`,docUrl:`${I}createtype.html`},{cmd:"CREATE TRIGGER",description:"define a new trigger",syntax:`CREATE [ OR REPLACE ] [ CONSTRAINT ] TRIGGER name { BEFORE | AFTER | INSTEAD OF } { event [ OR ... ] }
    ON table_name
    [ FROM referenced_table_name ]
    [ NOT DEFERRABLE | [ DEFERRABLE ] [ INITIALLY IMMEDIATE | INITIALLY DEFERRED ] ]
    [ REFERENCING { { OLD | NEW } TABLE [ AS ] transition_relation_name } [ ... ] ]
    [ FOR [ EACH ] { ROW | STATEMENT } ]
    [ WHEN ( condition ) ]
    EXECUTE { FUNCTION | PROCEDURE } function_name ( arguments )

where event can be one of:
    INSERT
    UPDATE [ OF column_name [, ... ] ]
    DELETE
    TRUNCATE`,docUrl:`${I}createtrigger.html`},{cmd:"CREATE POLICY",description:"define a new row-level security policy for a table",syntax:`CREATE POLICY name ON table_name
    [ AS { PERMISSIVE | RESTRICTIVE } ]
    [ FOR { ALL | SELECT | INSERT | UPDATE | DELETE } ]
    [ TO { role_name | PUBLIC | CURRENT_ROLE | CURRENT_USER | SESSION_USER } [, ...] ]
    [ USING ( using_expression ) ]
    [ WITH CHECK ( check_expression ) ]`,docUrl:`${I}createpolicy.html`},{cmd:"CREATE PUBLICATION",description:"define a new publication",syntax:`CREATE PUBLICATION name
    [ FOR ALL TABLES
      | FOR publication_object [, ... ] ]
    [ WITH ( publication_parameter [= value] [, ... ] ) ]

where publication_object is one of:

    TABLE [ ONLY ] table_name [ * ] [ ( column_name [, ... ] ) ] [ WHERE ( expression ) ] [, ... ]
    TABLES IN SCHEMA { schema_name | CURRENT_SCHEMA } [, ... ]`,docUrl:`${I}createpublication.html`},{cmd:"CREATE SUBSCRIPTION",description:"define a new subscription",syntax:`CREATE SUBSCRIPTION subscription_name
    CONNECTION 'conninfo'
    PUBLICATION publication_name [, ...]
    [ WITH ( subscription_parameter [= value] [, ... ] ) ]`,docUrl:`${I}createsubscription.html`},{cmd:"ALTER TABLE",description:"change the definition of a table",syntax:`ALTER TABLE [ IF EXISTS ] [ ONLY ] name [ * ]
    action [, ... ]
ALTER TABLE [ IF EXISTS ] [ ONLY ] name [ * ]
    RENAME [ COLUMN ] column_name TO new_column_name
ALTER TABLE [ IF EXISTS ] [ ONLY ] name [ * ]
    RENAME CONSTRAINT constraint_name TO new_constraint_name
ALTER TABLE [ IF EXISTS ] name
    RENAME TO new_name
ALTER TABLE [ IF EXISTS ] name
    SET SCHEMA new_schema
ALTER TABLE ALL IN TABLESPACE name [ OWNED BY role_name [, ... ] ]
    SET TABLESPACE new_tablespace [ NOWAIT ]
ALTER TABLE [ IF EXISTS ] name
    ATTACH PARTITION partition_name { FOR VALUES partition_bound_spec | DEFAULT }
ALTER TABLE [ IF EXISTS ] name
    DETACH PARTITION partition_name [ CONCURRENTLY | FINALIZE ]

where action is one of:
    ADD [ COLUMN ] [ IF NOT EXISTS ] column_name data_type [ COLLATE collation ] [ column_constraint [ ... ] ]
    DROP [ COLUMN ] [ IF EXISTS ] column_name [ RESTRICT | CASCADE ]
    ALTER [ COLUMN ] column_name [ SET DATA ] TYPE data_type [ COLLATE collation ] [ USING expression ]
    ALTER [ COLUMN ] column_name SET DEFAULT expression
    ALTER [ COLUMN ] column_name DROP DEFAULT
    ALTER [ COLUMN ] column_name { SET | DROP } NOT NULL
    ADD table_constraint [ NOT VALID ]
    DROP CONSTRAINT [ IF EXISTS ] constraint_name [ RESTRICT | CASCADE ]
    ENABLE | DISABLE ROW LEVEL SECURITY
    OWNER TO new_owner
    SET TABLESPACE new_tablespace`,docUrl:`${I}altertable.html`},{cmd:"ALTER INDEX",description:"change the definition of an index",syntax:`ALTER INDEX [ IF EXISTS ] name RENAME TO new_name
ALTER INDEX [ IF EXISTS ] name SET TABLESPACE tablespace_name
ALTER INDEX name ATTACH PARTITION index_name
ALTER INDEX name [ NO ] DEPENDS ON EXTENSION extension_name
ALTER INDEX [ IF EXISTS ] name SET ( storage_parameter [= value] [, ... ] )
ALTER INDEX [ IF EXISTS ] name RESET ( storage_parameter [, ... ] )
ALTER INDEX [ IF EXISTS ] name ALTER [ COLUMN ] column_number
    SET STATISTICS integer
ALTER INDEX ALL IN TABLESPACE name [ OWNED BY role_name [, ... ] ]
    SET TABLESPACE new_tablespace [ NOWAIT ]`,docUrl:`${I}alterindex.html`},{cmd:"ALTER VIEW",description:"change the definition of a view",syntax:`ALTER VIEW [ IF EXISTS ] name ALTER [ COLUMN ] column_name SET DEFAULT expression
ALTER VIEW [ IF EXISTS ] name ALTER [ COLUMN ] column_name DROP DEFAULT
ALTER VIEW [ IF EXISTS ] name OWNER TO { new_owner | CURRENT_ROLE | CURRENT_USER | SESSION_USER }
ALTER VIEW [ IF EXISTS ] name RENAME [ COLUMN ] column_name TO new_column_name
ALTER VIEW [ IF EXISTS ] name RENAME TO new_name
ALTER VIEW [ IF EXISTS ] name SET SCHEMA new_schema
ALTER VIEW [ IF EXISTS ] name SET ( view_option_name [= view_option_value] [, ... ] )
ALTER VIEW [ IF EXISTS ] name RESET ( view_option_name [, ... ] )`,docUrl:`${I}alterview.html`},{cmd:"ALTER MATERIALIZED VIEW",description:"change the definition of a materialized view",syntax:`ALTER MATERIALIZED VIEW [ IF EXISTS ] name action [, ... ]
ALTER MATERIALIZED VIEW name
    [ NO ] DEPENDS ON EXTENSION extension_name
ALTER MATERIALIZED VIEW [ IF EXISTS ] name
    RENAME [ COLUMN ] column_name TO new_column_name
ALTER MATERIALIZED VIEW [ IF EXISTS ] name RENAME TO new_name
ALTER MATERIALIZED VIEW [ IF EXISTS ] name SET SCHEMA new_schema
ALTER MATERIALIZED VIEW ALL IN TABLESPACE name [ OWNED BY role_name [, ... ] ]
    SET TABLESPACE new_tablespace [ NOWAIT ]`,docUrl:`${I}altermaterializedview.html`},{cmd:"ALTER FUNCTION",description:"change the definition of a function",syntax:`ALTER FUNCTION name [ ( [ [ argmode ] [ argname ] argtype [, ...] ] ) ]
    action [ ... ] [ RESTRICT ]
ALTER FUNCTION name [ ( [ [ argmode ] [ argname ] argtype [, ...] ] ) ]
    RENAME TO new_name
ALTER FUNCTION name [ ( [ [ argmode ] [ argname ] argtype [, ...] ] ) ]
    OWNER TO { new_owner | CURRENT_ROLE | CURRENT_USER | SESSION_USER }
ALTER FUNCTION name [ ( [ [ argmode ] [ argname ] argtype [, ...] ] ) ]
    SET SCHEMA new_schema
ALTER FUNCTION name [ ( [ [ argmode ] [ argname ] argtype [, ...] ] ) ]
    [ NO ] DEPENDS ON EXTENSION extension_name`,docUrl:`${I}alterfunction.html`},{cmd:"ALTER EXTENSION",description:"change the definition of an extension",syntax:`ALTER EXTENSION name UPDATE [ TO new_version ]
ALTER EXTENSION name SET SCHEMA new_schema
ALTER EXTENSION name ADD member_object
ALTER EXTENSION name DROP member_object

where member_object is one of:
    ACCESS METHOD object_name |
    AGGREGATE aggregate_name ( aggregate_signature ) |
    CAST (source_type AS target_type) |
    COLLATION object_name |
    DOMAIN object_name |
    FUNCTION function_name [ ( ... ) ] |
    OPERATOR operator_name (left_type, right_type) |
    SCHEMA object_name |
    SEQUENCE object_name |
    TABLE object_name |
    TYPE object_name |
    VIEW object_name`,docUrl:`${I}alterextension.html`},{cmd:"ALTER SCHEMA",description:"change the definition of a schema",syntax:`ALTER SCHEMA name RENAME TO new_name
ALTER SCHEMA name OWNER TO { new_owner | CURRENT_ROLE | CURRENT_USER | SESSION_USER }`,docUrl:`${I}alterschema.html`},{cmd:"ALTER DATABASE",description:"change a database",syntax:`ALTER DATABASE name [ [ WITH ] option [ ... ] ]

where option can be:

    ALLOW_CONNECTIONS allowconn
    CONNECTION LIMIT connlimit
    IS_TEMPLATE istemplate

ALTER DATABASE name RENAME TO new_name
ALTER DATABASE name OWNER TO { new_owner | CURRENT_ROLE | CURRENT_USER | SESSION_USER }
ALTER DATABASE name SET TABLESPACE new_tablespace
ALTER DATABASE name REFRESH COLLATION VERSION
ALTER DATABASE name SET configuration_parameter { TO | = } { value | DEFAULT }
ALTER DATABASE name SET configuration_parameter FROM CURRENT
ALTER DATABASE name RESET configuration_parameter
ALTER DATABASE name RESET ALL`,docUrl:`${I}alterdatabase.html`},{cmd:"ALTER ROLE",description:"change a database role",syntax:`ALTER ROLE role_specification [ WITH ] option [ ... ]

where option can be:

      SUPERUSER | NOSUPERUSER
    | CREATEDB | NOCREATEDB
    | CREATEROLE | NOCREATEROLE
    | INHERIT | NOINHERIT
    | LOGIN | NOLOGIN
    | REPLICATION | NOREPLICATION
    | BYPASSRLS | NOBYPASSRLS
    | CONNECTION LIMIT connlimit
    | [ ENCRYPTED ] PASSWORD 'password' | PASSWORD NULL
    | VALID UNTIL 'timestamp'

ALTER ROLE name RENAME TO new_name
ALTER ROLE { role_specification | ALL } [ IN DATABASE database_name ] SET configuration_parameter { TO | = } { value | DEFAULT }
ALTER ROLE { role_specification | ALL } [ IN DATABASE database_name ] SET configuration_parameter FROM CURRENT
ALTER ROLE { role_specification | ALL } [ IN DATABASE database_name ] RESET configuration_parameter
ALTER ROLE { role_specification | ALL } [ IN DATABASE database_name ] RESET ALL`,docUrl:`${I}alterrole.html`},{cmd:"ALTER USER",description:"change a database role (alias for ALTER ROLE)",syntax:`ALTER USER role_specification [ WITH ] option [ ... ]

where option can be:

      SUPERUSER | NOSUPERUSER
    | CREATEDB | NOCREATEDB
    | CREATEROLE | NOCREATEROLE
    | INHERIT | NOINHERIT
    | LOGIN | NOLOGIN
    | REPLICATION | NOREPLICATION
    | BYPASSRLS | NOBYPASSRLS
    | CONNECTION LIMIT connlimit
    | [ ENCRYPTED ] PASSWORD 'password' | PASSWORD NULL
    | VALID UNTIL 'timestamp'

ALTER USER name RENAME TO new_name`,docUrl:`${I}alteruser.html`},{cmd:"ALTER TYPE",description:"change the definition of a type",syntax:`ALTER TYPE name OWNER TO { new_owner | CURRENT_ROLE | CURRENT_USER | SESSION_USER }
ALTER TYPE name RENAME ATTRIBUTE attribute_name TO new_attribute_name [ CASCADE | RESTRICT ]
ALTER TYPE name RENAME TO new_name
ALTER TYPE name SET SCHEMA new_schema
ALTER TYPE name ADD VALUE [ IF NOT EXISTS ] new_enum_value [ { BEFORE | AFTER } neighbor_enum_value ]
ALTER TYPE name RENAME VALUE existing_enum_value TO new_enum_value
ALTER TYPE name SET ( property = value [, ... ] )

where action is one of:
    ADD ATTRIBUTE attribute_name data_type [ COLLATE collation ] [ CASCADE | RESTRICT ]
    DROP ATTRIBUTE [ IF EXISTS ] attribute_name [ CASCADE | RESTRICT ]
    ALTER ATTRIBUTE attribute_name [ SET DATA ] TYPE data_type [ COLLATE collation ] [ CASCADE | RESTRICT ]`,docUrl:`${I}altertype.html`},{cmd:"ALTER TRIGGER",description:"change the definition of a trigger",syntax:`ALTER TRIGGER name ON table_name RENAME TO new_name
ALTER TRIGGER name ON table_name [ NO ] DEPENDS ON EXTENSION extension_name`,docUrl:`${I}altertrigger.html`},{cmd:"ALTER POLICY",description:"change the definition of a row-level security policy",syntax:`ALTER POLICY name ON table_name RENAME TO new_name

ALTER POLICY name ON table_name
    [ TO { role_name | PUBLIC | CURRENT_ROLE | CURRENT_USER | SESSION_USER } [, ...] ]
    [ USING ( using_expression ) ]
    [ WITH CHECK ( check_expression ) ]`,docUrl:`${I}alterpolicy.html`},{cmd:"DROP TABLE",description:"remove a table",syntax:"DROP TABLE [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",docUrl:`${I}droptable.html`},{cmd:"DROP INDEX",description:"remove an index",syntax:"DROP INDEX [ CONCURRENTLY ] [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",docUrl:`${I}dropindex.html`},{cmd:"DROP VIEW",description:"remove a view",syntax:"DROP VIEW [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",docUrl:`${I}dropview.html`},{cmd:"DROP MATERIALIZED VIEW",description:"remove a materialized view",syntax:"DROP MATERIALIZED VIEW [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",docUrl:`${I}dropmaterializedview.html`},{cmd:"DROP FUNCTION",description:"remove a function",syntax:`DROP FUNCTION [ IF EXISTS ] name [ ( [ [ argmode ] [ argname ] argtype [, ...] ] ) ] [, ...]
    [ CASCADE | RESTRICT ]`,docUrl:`${I}dropfunction.html`},{cmd:"DROP EXTENSION",description:"remove an extension",syntax:"DROP EXTENSION [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",docUrl:`${I}dropextension.html`},{cmd:"DROP SCHEMA",description:"remove a schema",syntax:"DROP SCHEMA [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",docUrl:`${I}dropschema.html`},{cmd:"DROP DATABASE",description:"remove a database",syntax:`DROP DATABASE [ IF EXISTS ] name [ [ WITH ] ( option [, ...] ) ]

where option can be:

    FORCE`,docUrl:`${I}dropdatabase.html`},{cmd:"DROP ROLE",description:"remove a database role",syntax:"DROP ROLE [ IF EXISTS ] name [, ...]",docUrl:`${I}droprole.html`},{cmd:"GRANT",description:"define access privileges",syntax:`GRANT { { SELECT | INSERT | UPDATE | DELETE | TRUNCATE | REFERENCES | TRIGGER | MAINTAIN }
    [, ...] | ALL [ PRIVILEGES ] }
    ON { [ TABLE ] table_name [, ...]
         | ALL TABLES IN SCHEMA schema_name [, ...] }
    TO role_specification [, ...] [ WITH GRANT OPTION ]
    [ GRANTED BY role_specification ]

GRANT { { USAGE | SELECT | UPDATE }
    [, ...] | ALL [ PRIVILEGES ] }
    ON { SEQUENCE sequence_name [, ...]
         | ALL SEQUENCES IN SCHEMA schema_name [, ...] }
    TO role_specification [, ...] [ WITH GRANT OPTION ]

GRANT { { CREATE | CONNECT | TEMPORARY | TEMP } [, ...] | ALL [ PRIVILEGES ] }
    ON DATABASE database_name [, ...]
    TO role_specification [, ...] [ WITH GRANT OPTION ]

GRANT { EXECUTE | ALL [ PRIVILEGES ] }
    ON { { FUNCTION | PROCEDURE | ROUTINE } routine_name [ ( ... ) ] [, ...] | ALL { FUNCTIONS | PROCEDURES | ROUTINES } IN SCHEMA schema_name [, ...] }
    TO role_specification [, ...] [ WITH GRANT OPTION ]

GRANT role_name [, ...] TO role_specification [, ...]
    [ WITH { ADMIN | INHERIT | SET } { OPTION | TRUE | FALSE } ]
    [ GRANTED BY role_specification ]`,docUrl:`${I}grant.html`},{cmd:"REVOKE",description:"remove access privileges",syntax:`REVOKE [ GRANT OPTION FOR ]
    { { SELECT | INSERT | UPDATE | DELETE | TRUNCATE | REFERENCES | TRIGGER | MAINTAIN }
    [, ...] | ALL [ PRIVILEGES ] }
    ON { [ TABLE ] table_name [, ...]
         | ALL TABLES IN SCHEMA schema_name [, ...] }
    FROM role_specification [, ...]
    [ GRANTED BY role_specification ]
    [ CASCADE | RESTRICT ]

REVOKE [ ADMIN OPTION FOR ]
    role_name [, ...] FROM role_specification [, ...]
    [ GRANTED BY role_specification ]
    [ CASCADE | RESTRICT ]`,docUrl:`${I}revoke.html`},{cmd:"BEGIN",description:"start a transaction block",syntax:`BEGIN [ WORK | TRANSACTION ] [ transaction_mode [, ...] ]

where transaction_mode is one of:

    ISOLATION LEVEL { SERIALIZABLE | REPEATABLE READ | READ COMMITTED | READ UNCOMMITTED }
    READ WRITE | READ ONLY
    [ NOT ] DEFERRABLE`,docUrl:`${I}begin.html`},{cmd:"COMMIT",description:"commit the current transaction",syntax:"COMMIT [ WORK | TRANSACTION ] [ AND [ NO ] CHAIN ]",docUrl:`${I}commit.html`},{cmd:"ROLLBACK",description:"abort the current transaction",syntax:"ROLLBACK [ WORK | TRANSACTION ] [ AND [ NO ] CHAIN ]",docUrl:`${I}rollback.html`},{cmd:"SAVEPOINT",description:"define a new savepoint within the current transaction",syntax:"SAVEPOINT savepoint_name",docUrl:`${I}savepoint.html`},{cmd:"RELEASE SAVEPOINT",description:"destroy a previously defined savepoint",syntax:"RELEASE [ SAVEPOINT ] savepoint_name",docUrl:`${I}release-savepoint.html`},{cmd:"START TRANSACTION",description:"start a transaction block",syntax:`START TRANSACTION [ transaction_mode [, ...] ]

where transaction_mode is one of:

    ISOLATION LEVEL { SERIALIZABLE | REPEATABLE READ | READ COMMITTED | READ UNCOMMITTED }
    READ WRITE | READ ONLY
    [ NOT ] DEFERRABLE`,docUrl:`${I}start-transaction.html`},{cmd:"SET",description:"change a run-time parameter",syntax:`SET [ SESSION | LOCAL ] configuration_parameter { TO | = } { value | 'value' | DEFAULT }
SET [ SESSION | LOCAL ] TIME ZONE { value | 'value' | LOCAL | DEFAULT }`,docUrl:`${I}set.html`},{cmd:"SET ROLE",description:"set the current user identifier of the current session",syntax:`SET [ SESSION | LOCAL ] ROLE role_name
SET [ SESSION | LOCAL ] ROLE NONE
RESET ROLE`,docUrl:`${I}set-role.html`},{cmd:"RESET",description:"restore the value of a run-time parameter to the default value",syntax:`RESET configuration_parameter
RESET ALL`,docUrl:`${I}reset.html`},{cmd:"SHOW",description:"show the value of a run-time parameter",syntax:`SHOW name
SHOW ALL`,docUrl:`${I}show.html`},{cmd:"LISTEN",description:"listen for a notification",syntax:"LISTEN channel",docUrl:`${I}listen.html`},{cmd:"NOTIFY",description:"generate a notification",syntax:"NOTIFY channel [ , payload ]",docUrl:`${I}notify.html`},{cmd:"UNLISTEN",description:"stop listening for a notification",syntax:"UNLISTEN { channel | * }",docUrl:`${I}unlisten.html`},{cmd:"LOCK",description:"lock a table",syntax:`LOCK [ TABLE ] [ ONLY ] name [ * ] [, ...] [ IN lockmode MODE ] [ NOWAIT ]

where lockmode is one of:

    ACCESS SHARE | ROW SHARE | ROW EXCLUSIVE | SHARE UPDATE EXCLUSIVE
    | SHARE | SHARE ROW EXCLUSIVE | EXCLUSIVE | ACCESS EXCLUSIVE`,docUrl:`${I}lock.html`},{cmd:"PREPARE",description:"prepare a statement for execution",syntax:"PREPARE name [ ( data_type [, ...] ) ] AS statement",docUrl:`${I}prepare.html`},{cmd:"EXECUTE",description:"execute a prepared statement",syntax:"EXECUTE name [ ( parameter [, ...] ) ]",docUrl:`${I}execute.html`},{cmd:"DEALLOCATE",description:"deallocate a prepared statement",syntax:"DEALLOCATE [ PREPARE ] { name | ALL }",docUrl:`${I}deallocate.html`},{cmd:"DECLARE",description:"define a cursor",syntax:`DECLARE name [ BINARY ] [ ASENSITIVE | INSENSITIVE ] [ [ NO ] SCROLL ]
    CURSOR [ { WITH | WITHOUT } HOLD ] FOR query`,docUrl:`${I}declare.html`},{cmd:"FETCH",description:"retrieve rows from a query using a cursor",syntax:`FETCH [ direction ] [ FROM | IN ] cursor_name

where direction can be empty or one of:

    NEXT
    PRIOR
    FIRST
    LAST
    ABSOLUTE count
    RELATIVE count
    count
    ALL
    FORWARD
    FORWARD count
    FORWARD ALL
    BACKWARD
    BACKWARD count
    BACKWARD ALL`,docUrl:`${I}fetch.html`},{cmd:"MOVE",description:"position a cursor",syntax:`MOVE [ direction ] [ FROM | IN ] cursor_name

where direction can be empty or one of:

    NEXT | PRIOR | FIRST | LAST
    | ABSOLUTE count | RELATIVE count | count | ALL
    | FORWARD | FORWARD count | FORWARD ALL
    | BACKWARD | BACKWARD count | BACKWARD ALL`,docUrl:`${I}move.html`},{cmd:"CLOSE",description:"close a cursor",syntax:"CLOSE { name | ALL }",docUrl:`${I}close.html`},{cmd:"CALL",description:"invoke a procedure",syntax:"CALL name ( [ argument ] [, ...] )",docUrl:`${I}call.html`},{cmd:"DO",description:"execute an anonymous code block",syntax:"DO [ LANGUAGE lang_name ] code",docUrl:`${I}do.html`}],Bp=e=>e.trim().replace(/\s+/gu," ").toUpperCase(),Ei=e=>e.split(/\s+/u).filter(t=>t.length>0),Si=e=>{let t=Bp(e);if(t.length===0)return[];let n=Ei(t);return ps.filter(r=>{let s=Ei(r.cmd.toUpperCase());if(s.length<n.length)return!1;for(let o=0;o<n.length;o++)if(!s[o].startsWith(n[o]))return!1;return!0})},Ti=e=>`Command:     ${e.cmd}
Description: ${e.description}
Syntax:
${e.syntax}

URL: ${e.docUrl}
`;var xp=Hn;var Wp=e=>!!e.isTTY,Vp=(e,t,n)=>{if(!n||!Wp(e)){e.write(t);return}let r=t.length===0?0:t.split(`
`).length,s=xp({pager:"on",pagerMinLines:0,lines:r,stdout:e});s.out.write(t),s.close()},Gp={progname:"psql",defaultFieldSep:"|",defaultCsvFieldSep:",",defaultWatchInterval:"2",packageBugReport:"pgsql-bugs@lists.postgresql.org",packageName:"PostgreSQL",packageUrl:"https://www.postgresql.org/",currentDb:null,htmlMode:!1,tuplesOnly:!1,expanded:!1,timing:!1,win32:!1,useReadline:!0},ms=e=>({...Gp,...e}),Fn=e=>e?"on":"off",Yp=e=>e==="auto"?"auto":Fn(e),_i=(e,t)=>{let n=ms(t),r=[],s=o=>{r.push(o)};s(`${n.progname} is the PostgreSQL interactive terminal.

`),s(`Usage:
`),s(`  ${n.progname} [OPTION]... [DBNAME [USERNAME]]

`),s(`General options:
`),s(`  -c, --command=COMMAND    run only single command (SQL or internal) and exit
`),s(`  -d, --dbname=DBNAME      database name to connect to
`),s(`  -f, --file=FILENAME      execute commands from file, then exit
`),s(`  -l, --list               list available databases, then exit
`),s(`  -v, --set=, --variable=NAME=VALUE
                           set psql variable NAME to VALUE
                           (e.g., -v ON_ERROR_STOP=1)
`),s(`  -V, --version            output version information, then exit
`),s(`  -X, --no-psqlrc          do not read startup file (~/.psqlrc)
`),s(`  -1 ("one"), --single-transaction
                           execute as a single transaction (if non-interactive)
`),s(`  -?, --help[=options]     show this help, then exit
`),s(`      --help=commands      list backslash commands, then exit
`),s(`      --help=variables     list special variables, then exit
`),s(`
Input and output options:
`),s(`  -a, --echo-all           echo all input from script
`),s(`  -b, --echo-errors        echo failed commands
`),s(`  -e, --echo-queries       echo commands sent to server
`),s(`  -E, --echo-hidden        display queries that internal commands generate
`),s(`  -L, --log-file=FILENAME  send session log to file
`),s(`  -n, --no-readline        disable enhanced command line editing (readline)
`),s(`  -o, --output=FILENAME    send query results to file (or |pipe)
`),s(`  -q, --quiet              run quietly (no messages, only query output)
`),s(`  -s, --single-step        single-step mode (confirm each query)
`),s(`  -S, --single-line        single-line mode (end of line terminates SQL command)
`),s(`
Output format options:
`),s(`  -A, --no-align           unaligned table output mode
`),s(`      --csv                CSV (Comma-Separated Values) table output mode
`),s(`  -F, --field-separator=STRING
                           field separator for unaligned output (default: "${n.defaultFieldSep}")
`),s(`  -H, --html               HTML table output mode
`),s(`  -P, --pset=VAR[=ARG]     set printing option VAR to ARG (see \\pset command)
`),s(`  -R, --record-separator=STRING
                           record separator for unaligned output (default: newline)
`),s(`  -t, --tuples-only        print rows only
`),s(`  -T, --table-attr=TEXT    set HTML table tag attributes (e.g., width, border)
`),s(`  -x, --expanded           turn on expanded table output
`),s(`  -z, --field-separator-zero
                           set field separator for unaligned output to zero byte
`),s(`  -0, --record-separator-zero
                           set record separator for unaligned output to zero byte
`),s(`
Connection options:
`),s(`  -h, --host=HOSTNAME      database server host or socket directory
`),s(`  -p, --port=PORT          database server port
`),s(`  -U, --username=USERNAME  database user name
`),s(`  -w, --no-password        never prompt for password
`),s(`  -W, --password           force password prompt (should happen automatically)
`),s(`
For more information, type "\\?" (for internal commands) or "\\help" (for SQL
commands) from within psql, or consult the psql section in the PostgreSQL
documentation.

`),s(`Report bugs to <${n.packageBugReport}>.
`),s(`${n.packageName} home page: <${n.packageUrl}>
`),e.write(r.join(""))},qn=(e,t,n)=>{let r=ms(n),s=[],o=i=>{s.push(i)};o(`General
`),o(`  \\copyright             show PostgreSQL usage and distribution terms
`),o(`  \\crosstabview [COLUMNS] execute query and display result in crosstab
`),o(`  \\errverbose            show most recent error message at maximum verbosity
`),o(`  \\g [(OPTIONS)] [FILE]  execute query (and send result to file or |pipe);
                         \\g with no arguments is equivalent to a semicolon
`),o(`  \\gdesc                 describe result of query, without executing it
`),o(`  \\gexec                 execute query, then execute each value in its result
`),o(`  \\gset [PREFIX]         execute query and store result in psql variables
`),o(`  \\gx [(OPTIONS)] [FILE] as \\g, but forces expanded output mode
`),o(`  \\q                     quit psql
`),o(`  \\restrict RESTRICT_KEY
                         enter restricted mode with provided key
`),o(`  \\unrestrict RESTRICT_KEY
                         exit restricted mode if key matches
`),o(`  \\watch [[i=]SEC] [c=N] [m=MIN]
                         execute query every SEC seconds, up to N times,
                         stop if less than MIN rows are returned
`),o(`
`),o(`Help
`),o(`  \\? [commands]          show help on backslash commands
`),o(`  \\? options             show help on psql command-line options
`),o(`  \\? variables           show help on special variables
`),o(`  \\h [NAME]              help on syntax of SQL commands, * for all commands
`),o(`
`),o(`Query Buffer
`),o(`  \\e [FILE] [LINE]       edit the query buffer (or file) with external editor
`),o(`  \\ef [FUNCNAME [LINE]]  edit function definition with external editor
`),o(`  \\ev [VIEWNAME [LINE]]  edit view definition with external editor
`),o(`  \\p                     show the contents of the query buffer
`),o(`  \\r                     reset (clear) the query buffer
`),r.useReadline&&o(`  \\s [FILE]              display history or save it to file
`),o(`  \\w FILE                write query buffer to file
`),o(`
`),o(`Input/Output
`),o(`  \\copy ...              perform SQL COPY with data stream to the client host
`),o(`  \\echo [-n] [STRING]    write string to standard output (-n for no newline)
`),o(`  \\i FILE                execute commands from file
`),o(`  \\ir FILE               as \\i, but relative to location of current script
`),o(`  \\o [FILE]              send all query results to file or |pipe
`),o(`  \\qecho [-n] [STRING]   write string to \\o output stream (-n for no newline)
`),o(`  \\warn [-n] [STRING]    write string to standard error (-n for no newline)
`),o(`
`),o(`Conditional
`),o(`  \\if EXPR               begin conditional block
`),o(`  \\elif EXPR             alternative within current conditional block
`),o(`  \\else                  final alternative within current conditional block
`),o(`  \\endif                 end conditional block
`),o(`
`),o(`Informational
`),o(`  (options: S = show system objects, x = expanded mode, + = additional detail)
`),o(`  \\d[Sx+]                list tables, views, sequences, and property graphs
`),o(`  \\d[S+]   NAME          describe table, view, sequence, index, or property graph
`),o(`  \\da[Sx]  [PATTERN]     list aggregates
`),o(`  \\dA[x+]  [PATTERN]     list access methods
`),o(`  \\dAc[x+] [AMPTRN [TYPEPTRN]]  list operator classes
`),o(`  \\dAf[x+] [AMPTRN [TYPEPTRN]]  list operator families
`),o(`  \\dAo[x+] [AMPTRN [OPFPTRN]]   list operators of operator families
`),o(`  \\dAp[x+] [AMPTRN [OPFPTRN]]   list support functions of operator families
`),o(`  \\db[x+]  [PATTERN]     list tablespaces
`),o(`  \\dc[Sx+] [PATTERN]     list conversions
`),o(`  \\dconfig[x+] [PATTERN] list configuration parameters
`),o(`  \\dC[x+]  [PATTERN]     list casts
`),o(`  \\dd[Sx]  [PATTERN]     show object descriptions not displayed elsewhere
`),o(`  \\dD[Sx+] [PATTERN]     list domains
`),o(`  \\ddp[x]  [PATTERN]     list default privileges
`),o(`  \\dE[Sx+] [PATTERN]     list foreign tables
`),o(`  \\des[x+] [PATTERN]     list foreign servers
`),o(`  \\det[x+] [PATTERN]     list foreign tables
`),o(`  \\deu[x+] [PATTERN]     list user mappings
`),o(`  \\dew[x+] [PATTERN]     list foreign-data wrappers
`),o(`  \\df[anptw][Sx+] [FUNCPTRN [TYPEPTRN ...]]
                         list [only agg/normal/procedure/trigger/window] functions
`),o(`  \\dF[x+]  [PATTERN]     list text search configurations
`),o(`  \\dFd[x+] [PATTERN]     list text search dictionaries
`),o(`  \\dFp[x+] [PATTERN]     list text search parsers
`),o(`  \\dFt[x+] [PATTERN]     list text search templates
`),o(`  \\dg[Sx+] [PATTERN]     list roles
`),o(`  \\dG[Sx+] [PATTERN]     list property graphs
`),o(`  \\di[Sx+] [PATTERN]     list indexes
`),o(`  \\dl[x+]                list large objects, same as \\lo_list
`),o(`  \\dL[Sx+] [PATTERN]     list procedural languages
`),o(`  \\dm[Sx+] [PATTERN]     list materialized views
`),o(`  \\dn[Sx+] [PATTERN]     list schemas
`),o(`  \\do[Sx+] [OPPTRN [TYPEPTRN [TYPEPTRN]]]
                         list operators
`),o(`  \\dO[Sx+] [PATTERN]     list collations
`),o(`  \\dp[Sx]  [PATTERN]     list table, view, and sequence access privileges
`),o(`  \\dP[itnx+] [PATTERN]   list [only index/table] partitioned relations [n=nested]
`),o(`  \\drds[x] [ROLEPTRN [DBPTRN]]
                         list per-database role settings
`),o(`  \\drg[Sx] [PATTERN]     list role grants
`),o(`  \\dRp[x+] [PATTERN]     list replication publications
`),o(`  \\dRs[x+] [PATTERN]     list replication subscriptions
`),o(`  \\ds[Sx+] [PATTERN]     list sequences
`),o(`  \\dt[Sx+] [PATTERN]     list tables
`),o(`  \\dT[Sx+] [PATTERN]     list data types
`),o(`  \\du[Sx+] [PATTERN]     list roles
`),o(`  \\dv[Sx+] [PATTERN]     list views
`),o(`  \\dx[x+]  [PATTERN]     list extensions
`),o(`  \\dX[x+]  [PATTERN]     list extended statistics
`),o(`  \\dy[x+]  [PATTERN]     list event triggers
`),o(`  \\l[x+]   [PATTERN]     list databases
`),o(`  \\sf[+]   FUNCNAME      show a function's definition
`),o(`  \\sv[+]   VIEWNAME      show a view's definition
`),o(`  \\z[Sx]   [PATTERN]     same as \\dp
`),o(`
`),o(`Large Objects
`),o(`  \\lo_export LOBOID FILE write large object to file
`),o(`  \\lo_import FILE [COMMENT]
                         read large object from file
`),o(`  \\lo_list[x+]           list large objects
`),o(`  \\lo_unlink LOBOID      delete a large object
`),o(`
`),o(`Formatting
`),o(`  \\a                     toggle between unaligned and aligned output mode
`),o(`  \\C [STRING]            set table title, or unset if none
`),o(`  \\f [STRING]            show or set field separator for unaligned query output
`),o(`  \\H                     toggle HTML output mode (currently ${Fn(r.htmlMode)})
`),o(`  \\pset [NAME [VALUE]]   set table output option
                         see "\\? variables" for valid options
`),o(`  \\t [on|off]            show only rows (currently ${Fn(r.tuplesOnly)})
`),o(`  \\T [STRING]            set HTML <table> tag attributes, or unset if none
`),o(`  \\x [on|off|auto]       toggle expanded output (currently ${Yp(r.expanded)})
`),o(`
`),o(`Connection
`),r.currentDb?o(`  \\c[onnect] {[DBNAME|- USER|- HOST|- PORT|-] | conninfo}
                         connect to new database (currently "${r.currentDb}")
`):o(`  \\c[onnect] {[DBNAME|- USER|- HOST|- PORT|-] | conninfo}
                         connect to new database (currently no connection)
`),o(`  \\conninfo              display information about current connection
`),o(`  \\encoding [ENCODING]   show or set client encoding
`),o(`  \\password [USERNAME]   securely change the password for a user
`),o(`
`),o(`Operating System
`),o(`  \\cd [DIR]              change the current working directory
`),o(`  \\getenv PSQLVAR ENVVAR fetch environment variable
`),o(`  \\setenv NAME [VALUE]   set or unset environment variable
`),o(`  \\timing [on|off]       toggle timing of commands (currently ${Fn(r.timing)})
`),o(`  \\! [COMMAND]           execute command in shell or start interactive shell
`),o(`
`),o(`Variables
`),o(`  \\prompt [TEXT] NAME    prompt user to set internal variable
`),o(`  \\set [NAME [VALUE]]    set internal variable, or list all if no parameters
`),o(`  \\unset NAME            unset (delete) internal variable
`),o(`
`),o(`Extended Query Protocol
`),o(`  \\bind [PARAM]...       set query parameters
`),o(`  \\bind_named STMT_NAME [PARAM]...
                         set query parameters for an existing prepared statement
`),o(`  \\close_prepared STMT_NAME
                         close an existing prepared statement
`),o(`  \\endpipeline           exit pipeline mode
`),o(`  \\flush                 flush output data to the server
`),o(`  \\flushrequest          send request to the server to flush its output buffer
`),o(`  \\getresults [NUM_RES]  read NUM_RES pending results, or all if no argument
`),o(`  \\parse STMT_NAME       create a prepared statement
`),o(`  \\sendpipeline          send an extended query to an ongoing pipeline
`),o(`  \\startpipeline         enter pipeline mode
`),o(`  \\syncpipeline          add a synchronisation point to an ongoing pipeline
`),Vp(e,s.join(""),t)};var Ri=(e,t)=>{let n=ms(t),r=[],s=o=>{r.push(o)};s(`List of specially treated variables

`),s(`psql variables:
`),s(`Usage:
`),s(`  ${n.progname} --set=NAME=VALUE
  or \\set NAME VALUE inside psql

`),s(`  AUTOCOMMIT
    if set, successful SQL commands are automatically committed
`),s(`  COMP_KEYWORD_CASE
    determines the case used to complete SQL key words
    [lower, upper, preserve-lower, preserve-upper]
`),s(`  DBNAME
    the currently connected database name
`),s(`  ECHO
    controls what input is written to standard output
    [all, errors, none, queries]
`),s(`  ECHO_HIDDEN
    if set, display internal queries executed by backslash commands;
    if set to "noexec", just show them without execution
`),s(`  ENCODING
    current client character set encoding
`),s(`  ERROR
    "true" if last query failed, else "false"
`),s(`  FETCH_COUNT
    the number of result rows to fetch and display at a time (0 = unlimited)
`),s(`  HIDE_TABLEAM
    if set, table access methods are not displayed
`),s(`  HIDE_TOAST_COMPRESSION
    if set, compression methods are not displayed
`),s(`  HISTCONTROL
    controls command history [ignorespace, ignoredups, ignoreboth]
`),s(`  HISTFILE
    file name used to store the command history
`),s(`  HISTSIZE
    maximum number of commands to store in the command history
`),s(`  HOST
    the currently connected database server host
`),s(`  IGNOREEOF
    number of EOFs needed to terminate an interactive session
`),s(`  LASTOID
    value of the last affected OID
`),s(`  LAST_ERROR_MESSAGE
  LAST_ERROR_SQLSTATE
    message and SQLSTATE of last error, or empty string and "00000" if none
`),s(`  ON_ERROR_ROLLBACK
    if set, an error doesn't stop a transaction (uses implicit savepoints)
`),s(`  ON_ERROR_STOP
    stop batch execution after error
`),s(`  PORT
    server port of the current connection
`),s(`  PROMPT1
    specifies the standard psql prompt
`),s(`  PROMPT2
    specifies the prompt used when a statement continues from a previous line
`),s(`  PROMPT3
    specifies the prompt used during COPY ... FROM STDIN
`),s(`  QUIET
    run quietly (same as -q option)
`),s(`  ROW_COUNT
    number of rows returned or affected by last query, or 0
`),s(`  SERVER_VERSION_NAME
  SERVER_VERSION_NUM
    server's version (in short string or numeric format)
`),s(`  SHELL_ERROR
    "true" if the last shell command failed, "false" if it succeeded
`),s(`  SHELL_EXIT_CODE
    exit status of the last shell command
`),s(`  SHOW_ALL_RESULTS
    show all results of a combined query (\\;) instead of only the last
`),s(`  SHOW_CONTEXT
    controls display of message context fields [never, errors, always]
`),s(`  SINGLELINE
    if set, end of line terminates SQL commands (same as -S option)
`),s(`  SINGLESTEP
    single-step mode (same as -s option)
`),s(`  SQLSTATE
    SQLSTATE of last query, or "00000" if no error
`),s(`  USER
    the currently connected database user
`),s(`  VERBOSITY
    controls verbosity of error reports [default, verbose, terse, sqlstate]
`),s(`  VERSION
  VERSION_NAME
  VERSION_NUM
    psql's version (in verbose string, short string, or numeric format)
`),s(`  WATCH_INTERVAL
    number of seconds \\watch waits between executions (default ${n.defaultWatchInterval})
`),s(`
Display settings:
`),s(`Usage:
`),s(`  ${n.progname} --pset=NAME[=VALUE]
  or \\pset NAME [VALUE] inside psql

`),s(`  border
    border style (number)
`),s(`  columns
    target width for the wrapped format
`),s(`  csv_fieldsep
    field separator for CSV output format (default "${n.defaultCsvFieldSep}")
`),s(`  display_false
    set the string to be printed in place of a boolean 'false'
`),s(`  display_true
    set the string to be printed in place of a boolean 'true'
`),s(`  expanded (or x)
    expanded output [on, off, auto]
`),s(`  fieldsep
    field separator for unaligned output (default "${n.defaultFieldSep}")
`),s(`  fieldsep_zero
    set field separator for unaligned output to a zero byte
`),s(`  footer
    enable or disable display of the table footer [on, off]
`),s(`  format
    set output format [unaligned, aligned, wrapped, html, asciidoc, ...]
`),s(`  linestyle
    set the border line drawing style [ascii, old-ascii, unicode]
`),s(`  null
    set the string to be printed in place of a null value
`),s(`  numericlocale
    enable display of a locale-specific character to separate groups of digits
`),s(`  pager
    control when an external pager is used [yes, no, always]
`),s(`  recordsep
    record (line) separator for unaligned output
`),s(`  recordsep_zero
    set record separator for unaligned output to a zero byte
`),s(`  tableattr (or T)
    specify attributes for table tag in html format, or proportional
    column widths for left-aligned data types in latex-longtable format
`),s(`  title
    set the table title for subsequently printed tables
`),s(`  tuples_only
    if set, only actual table data is shown
`),s(`  unicode_border_linestyle
  unicode_column_linestyle
  unicode_header_linestyle
    set the style of Unicode line drawing [single, double]
`),s(`  xheader_width
    set the maximum width of the header for expanded output
    [full, column, page, integer value]
`),s(`
Environment variables:
`),s(`Usage:
`),n.win32?s(`  set NAME=VALUE
  ${n.progname} ...
  or \\setenv NAME [VALUE] inside psql

`):s(`  NAME=VALUE [NAME=VALUE] ${n.progname} ...
  or \\setenv NAME [VALUE] inside psql

`),s(`  COLUMNS
    number of columns for wrapped format
`),s(`  PGAPPNAME
    same as the application_name connection parameter
`),s(`  PGDATABASE
    same as the dbname connection parameter
`),s(`  PGHOST
    same as the host connection parameter
`),s(`  PGPASSFILE
    password file name
`),s(`  PGPASSWORD
    connection password (not recommended)
`),s(`  PGPORT
    same as the port connection parameter
`),s(`  PGUSER
    same as the user connection parameter
`),s(`  PSQL_EDITOR, EDITOR, VISUAL
    editor used by the \\e, \\ef, and \\ev commands
`),s(`  PSQL_EDITOR_LINENUMBER_ARG
    how to specify a line number when invoking the editor
`),s(`  PSQL_HISTORY
    alternative location for the command history file
`),s(`  PSQL_PAGER, PAGER
    name of external pager program
`),n.win32||s(`  PSQL_WATCH_PAGER
    name of external pager program used for \\watch
`),s(`  PSQLRC
    alternative location for the user's .psqlrc file
`),s(`  SHELL
    shell used by the \\! command
`),s(`  TMPDIR
    directory for temporary files
`),e.write(r.join(""))},Qp=(e,t)=>{e.write(`Available help:
`);let n=ps.map(a=>a.cmd),r=n.reduce((a,l)=>Math.max(a,l.length),0)+2,s=Math.max(r,t-2),o=Math.max(1,Math.floor(s/r)),i=Math.ceil(n.length/o);for(let a=0;a<i;a++){let l="  ";for(let c=0;c<o;c++){let u=c*i+a;if(u>=n.length)break;let d=n[u],f=c===o-1||(c+1)*i+a>=n.length;l+=f?d:d.padEnd(r," ")}e.write(l.replace(/\s+$/u,"")+`
`)}},jp=(e,t)=>{e.write(Ti(t))},Ai=(e,t,n)=>{if(t===null||t.length===0||t.trim().length===0){Qp(e,n);return}let r=Si(t);if(r.length===0){e.write(`No help available for "${t}".
Try \\h with no arguments to see available help.
`);return}r.forEach((s,o)=>{o>0&&e.write(`
`),jp(e,s)})};T();T();T();var Kp=e=>{let t=!1,n="";for(let r of e)r==="'"?n+="''":r==="\\"?(n+="\\\\",t=!0):n+=r;return t?`E'${n}'`:`'${n}'`},Xp=e=>{let t="";for(let n of e)t+=n==='"'?'""':n;return`"${t}"`},zp=/[A-Za-z0-9_\x80-\xff]/,Jp=/[A-Za-z_\x80-\xff]/,Zp=e=>e!==void 0&&Jp.test(e),Bn=e=>e!==void 0&&zp.test(e),Ni=(e,t,n)=>{if(n===void 0||e[t]!==":")return null;let r=e[t+1];if(r===void 0||r===":")return null;if(r==="{"&&e[t+2]==="?"){let s=t+3;for(;s<e.length&&Bn(e[s]);)s++;if(s>t+3&&e[s]==="}"){let o=n(e.slice(t+3,s));return{end:s+1,text:o!==void 0?"TRUE":"FALSE"}}return null}if(r==='"'){let s=t+2;for(;s<e.length&&Bn(e[s]);)s++;if(s>t+2&&e[s]==='"'){let o=n(e.slice(t+2,s));return o===void 0?{end:s+1,text:e.slice(t,s+1)}:{end:s+1,text:Xp(o)}}return null}if(r==="'"){let s=t+2;for(;s<e.length&&Bn(e[s]);)s++;if(s>t+2&&e[s]==="'"){let o=n(e.slice(t+2,s));return o===void 0?{end:s+1,text:e.slice(t,s+1)}:{end:s+1,text:Kp(o)}}return null}if(Zp(r)){let s=t+1;for(;s<e.length&&Bn(e[s]);)s++;let o=n(e.slice(t+1,s));return o===void 0?{end:s,text:e.slice(t,s)}:{end:s,text:o}}return null};import{execSync as em}from"node:child_process";var tm=` 	
\r\f\v`,nm=/[A-Za-z0-9_\x80-\xff]/,Kt=e=>e!==void 0&&nm.test(e),xn=e=>e!==void 0&&tm.includes(e),rm=e=>{let t=!1,n="";for(let r of e)r==="'"?n+="''":r==="\\"?(n+="\\\\",t=!0):n+=r;return t?`E'${n}'`:`'${n}'`},sm=e=>{let t="";for(let n of e)t+=n==='"'?'""':n;return`"${t}"`},yi=(e,t)=>{let n="",r=!1,s=0;for(;s<e.length;){let o=e[s];if(o==='"'){if(r&&e[s+1]==='"'){n+='"',s+=2;continue}r=!r,s++;continue}n+=t&&!r?o.toLowerCase():o,s++}return n},Li=(e,t,n)=>{if(n===void 0||e[t]!==":")return null;if(e[t+1]==="{"&&e[t+2]==="?"){let r=t+3;for(;r<e.length&&Kt(e[r]);)r++;if(r>t+3&&e[r]==="}"){let s=n(e.slice(t+3,r));return{end:r+1,text:s!==void 0?"TRUE":"FALSE"}}return null}if(e[t+1]==='"'){let r=t+2;for(;r<e.length&&Kt(e[r]);)r++;if(r>t+2&&e[r]==='"'){let s=n(e.slice(t+2,r));return s===void 0?{end:r+1,text:e.slice(t,r+1)}:{end:r+1,text:sm(s)}}return null}if(e[t+1]==="'"){let r=t+2;for(;r<e.length&&Kt(e[r]);)r++;if(r>t+2&&e[r]==="'"){let s=n(e.slice(t+2,r));return s===void 0?{end:r+1,text:e.slice(t,r+1)}:{end:r+1,text:rm(s)}}return null}if(Kt(e[t+1])){let r=t+1;for(;r<e.length&&Kt(e[r]);)r++;let s=n(e.slice(t+1,r));return s===void 0?{end:r,text:e.slice(t,r)}:{end:r,text:s}}return null},om=(e,t)=>{let n="",r=t;for(;r<e.length;){let s=e[r];if(s==="'"){if(e[r+1]==="'"){n+="'",r+=2;continue}return{end:r+1,text:n}}if(s==="\\"&&r+1<e.length){let o=e[r+1];if(o==="n"){n+=`
`,r+=2;continue}if(o==="t"){n+="	",r+=2;continue}if(o==="b"){n+="\b",r+=2;continue}if(o==="r"){n+="\r",r+=2;continue}if(o==="f"){n+="\f",r+=2;continue}if(o>="0"&&o<="7"){let i=r+1,a=i;for(;a<e.length&&a-i<3&&e[a]>="0"&&e[a]<="7";)a++;let l=parseInt(e.slice(i,a),8);n+=String.fromCharCode(l),r=a;continue}if(o==="x"){let i=r+2,a=/[0-9a-fA-F]/,l=i;for(;l<e.length&&l-i<2&&a.test(e[l]);)l++;if(l>i){let c=parseInt(e.slice(i,l),16);n+=String.fromCharCode(c),r=l;continue}}n+=o,r+=2;continue}n+=s,r++}return{end:r,text:n}},im=(e,t)=>{let n=t;for(;n<e.length;){if(e[n]==='"')return{end:n+1,text:e.slice(t-1,n+1)};n++}return{end:n,text:e.slice(t-1,n)}},am={current:e=>em(e,{shell:"/bin/sh",encoding:"utf8",stdio:["ignore","pipe","inherit"],maxBuffer:1<<20})},wi=e=>{if(e.length===0)return"";try{let t=am.current(e);return t.endsWith(`
`)?t.slice(0,-1):t}catch(t){let n=t instanceof Error?t.message:String(t);return process.stderr.write(`psql: error: \\!: ${e}: ${n}
`),""}},lm=(e,t,n)=>{let r="",s=t;for(;s<e.length;){let o=e[s];if(o==="`")return{end:s+1,text:wi(r)};let i=Li(e,s,n);if(i!==null){r+=i.text,s=i.end;continue}r+=o,s++}return{end:s,text:wi(r)}},cm=(e,t,n,r)=>{for(;t<e.length&&xn(e[t]);)t++;if(t>=e.length)return null;if(n==="filepipe"&&e[t]==="|"){let o=e.slice(t);return{end:e.length,arg:o}}let s="";for(;t<e.length;){let o=e[t];if(xn(o)||o==="\\")break;if(o==="'"){let a=om(e,t+1);s+=a.text,t=a.end;continue}if(o==='"'){let a=im(e,t+1);s+=a.text,t=a.end;continue}if(o==="`"){let a=lm(e,t+1,r);s+=a.text,t=a.end;continue}let i=Li(e,t,r);if(i!==null){s+=i.text,t=i.end;continue}s+=o,t++}return{end:t,arg:s}},at=(e,t,n)=>{if(t==="whole-line"){let i=0;for(;i<e.length&&xn(e[i]);)i++;return i>=e.length?[]:[e.slice(i)]}let r=t==="no-vars"?void 0:n,s=[],o=0;for(;o<e.length;){let i=cm(e,o,t,r);if(i===null)break;let a=i.arg;for(t==="sql-id"?a=yi(a,!0):t==="sql-id-keep-case"&&(a=yi(a,!1)),s.push(a),o=i.end;o<e.length&&xn(e[o]);)o++;if(e[o]==="\\")break}return s};T();T();import{createInterface as um}from"node:readline";var dm=e=>{let t=e;return!!t.isTTY&&typeof t.setRawMode=="function"},Wn=(e,t)=>{let n=t.input??process.stdin,r=t.output??process.stderr;return!t.echo&&dm(n)?pm(e,n,r):fm(e,n,r)},fm=(e,t,n)=>{let r=um({input:t,output:n,terminal:!1});return new Promise(s=>{let o=!1,i=a=>{o||(o=!0,r.close(),s(a))};e.length>0&&n.write(e),r.on("line",a=>{i(a)}),r.on("close",()=>{i("")})})},pm=(e,t,n)=>new Promise(r=>{e.length>0&&n.write(e),t.setRawMode(!0),t.resume(),t.setEncoding("utf8");let s="",o=a=>{t.setRawMode(!1),t.pause(),t.removeListener("data",i),n.write(`
`),r(a)},i=a=>{for(let l of a){if(l===`
`||l==="\r"){o(s);return}if(l===""){o("");return}if(l===""){o(s);return}if(l===""||l==="\b"){s=s.slice(0,-1);continue}s+=l}};t.on("data",i)});T();T();var mm=/^-?\d+(\.\d+)?$/;var Z=e=>({true:e.truePrint??"t",false:e.falsePrint??"f"}),pe=(e,t,n,r,s,o)=>{if(e==null)return t;let i=s?.true??"t",a=s?.false??"f";if(r===16&&typeof e=="string"&&(e==="t"||e==="f"))return e==="t"?i:a;if(typeof e=="string")return Oi(e,n,o);if(typeof e=="number"||typeof e=="bigint")return Oi(e.toString(),n,o);if(typeof e=="boolean")return e?i:a;if(e instanceof Date)return e.toISOString();if(e instanceof Uint8Array){let l="\\x";for(let c of e)l+=c.toString(16).padStart(2,"0");return l}return JSON.stringify(e)},Oi=(e,t,n)=>{if(!t||!mm.test(e))return e;let r=e.indexOf("."),s=r===-1?0:e.length-r-1,o=e.startsWith("-"),[i,a=""]=(o?e.slice(1):e).split("."),l=new Intl.NumberFormat(n,{useGrouping:!0,maximumFractionDigits:0}).format(BigInt(i));if(s===0)return o?`-${l}`:l;let c=`${l}${new Intl.NumberFormat(n).formatToParts(1.1).find(u=>u.type==="decimal")?.value??"."}${a}`;return o?`-${c}`:c};var vt=e=>`Time: ${gm(e)}`,gm=e=>{let t=Number.isFinite(e)&&e>0?e:0;if(t<1e3)return`${t.toFixed(3)} ms`;let n=t/1e3;if(n<60)return`${n.toFixed(3)} s`;let r=Math.floor(n/60),s=n-r*60;if(r<60)return`${String(r)} m ${s.toFixed(3)} s`;let o=Math.floor(r/60),i=r-o*60;return`${String(o)} h ${String(i)} m ${s.toFixed(3)} s`};var hm=[[4352,4447],[9001,9002],[11904,12350],[12353,13311],[13312,19903],[19968,40959],[40960,42191],[44032,55203],[63744,64255],[65040,65049],[65072,65135],[65280,65376],[65504,65510],[127744,128591],[129280,129535],[131072,196605],[196608,262141]],Em=[[768,879],[1155,1161],[1425,1469],[1471,1471],[1473,1474],[1476,1477],[1479,1479],[1552,1562],[1611,1631],[1648,1648],[1750,1756],[1759,1764],[1767,1768],[1770,1773],[1809,1809],[1840,1866],[1958,1968],[2027,2035],[2070,2073],[2075,2083],[2085,2087],[2089,2093],[2137,2139],[2259,2273],[2275,2306],[2362,2362],[2364,2364],[2369,2376],[2381,2381],[2385,2391],[2402,2403],[2433,2433],[2492,2492],[2497,2500],[2509,2509],[2530,2531],[2558,2558],[2561,2562],[2620,2620],[2625,2626],[2631,2632],[2635,2637],[2641,2641],[2672,2673],[2677,2677],[2689,2690],[2748,2748],[2753,2757],[2759,2760],[2765,2765],[2786,2787],[2810,2815],[2817,2817],[2876,2876],[2879,2879],[2881,2884],[2893,2893],[2901,2902],[2914,2915],[2946,2946],[3008,3008],[3021,3021],[3072,3072],[3076,3076],[3134,3136],[3142,3144],[3146,3149],[3157,3158],[3170,3171],[3201,3201],[3260,3260],[3263,3263],[3270,3270],[3276,3277],[3298,3299],[3328,3329],[3387,3388],[3393,3396],[3405,3405],[3426,3427],[3530,3530],[3538,3540],[3542,3542],[3633,3633],[3636,3642],[3655,3662],[3761,3761],[3764,3772],[3784,3789],[3864,3865],[3893,3893],[3895,3895],[3897,3897],[3953,3966],[3968,3972],[3974,3975],[3981,3991],[3993,4028],[4038,4038],[4151,4151],[4153,4154],[4237,4237],[4957,4959],[5906,5908],[5938,5940],[5970,5971],[6002,6003],[6068,6069],[6071,6077],[6086,6086],[6089,6099],[6109,6109],[6155,6157],[6277,6278],[6313,6313],[6432,6434],[6439,6440],[6450,6450],[6457,6459],[6679,6680],[6683,6683],[6742,6742],[6744,6750],[6752,6752],[6754,6754],[6757,6764],[6771,6780],[6783,6783],[6832,6845],[6912,6915],[6964,6964],[6966,6970],[6972,6972],[6978,6978],[7019,7027],[7040,7041],[7074,7077],[7080,7081],[7083,7085],[7142,7142],[7144,7145],[7149,7149],[7151,7153],[7212,7219],[7222,7223],[7376,7378],[7380,7392],[7394,7400],[7405,7405],[7412,7412],[7416,7417],[7616,7673],[7675,7679],[8203,8207],[8234,8238],[8288,8303],[8400,8432],[11503,11505],[11647,11647],[11744,11775],[12330,12333],[12441,12442],[42607,42610],[42612,42621],[42654,42655],[42736,42737],[43010,43010],[43014,43014],[43019,43019],[43045,43046],[43204,43205],[43232,43249],[43302,43309],[43335,43345],[43392,43394],[43443,43443],[43446,43449],[43452,43453],[43493,43493],[43561,43566],[43569,43570],[43573,43574],[43587,43587],[43596,43596],[43644,43644],[43696,43696],[43698,43700],[43703,43704],[43710,43711],[43713,43713],[43756,43757],[43766,43766],[44005,44005],[44008,44008],[44013,44013],[64286,64286],[65024,65039],[65056,65071],[65279,65279],[65529,65531],[66045,66045],[66272,66272],[66422,66426],[68097,68099],[68101,68102],[68108,68111],[68152,68154],[68159,68159],[68325,68326],[917760,917999]],bi=(e,t)=>{let n=0,r=t.length-1;for(;n<=r;){let s=n+r>>1,o=t[s];if(e<o[0])r=s-1;else if(e>o[1])n=s+1;else return!0}return!1},Pi=e=>e===0||e<32||e>=127&&e<160||bi(e,Em)?0:bi(e,hm)?2:1,_e=e=>{let t=0;for(let n of e)t+=Pi(n.codePointAt(0)??0);return t},Gn=(e,t,n)=>{let r=_e(e);if(r>=t)return e;let s=t-r;if(n==="left")return e+" ".repeat(s);if(n==="right")return" ".repeat(s)+e;let o=s>>1,i=s-o;return" ".repeat(o)+e+" ".repeat(i)},Sm=new Set([20,21,23,26,28,29,700,701,790,1700]),Tm=e=>Sm.has(e),hs=(e,t,n,r,s)=>pe(e,t,n,r,s),_m={hrule:"-",vrule:"|",topLeft:"+",topMid:"+",topRight:"+",midLeft:"+",midMid:"+",midRight:"+",botLeft:"+",botMid:"+",botRight:"+",headerNlLeft:" ",headerNlRight:"+",wrapLeft:".",wrapRight:".",nlLeft:" ",nlRight:"+",wrapRightBorder:!0,midvruleNl:"|",midvruleWrap:"|",midvruleBlank:"|"},Rm={hrule:"-",vrule:"|",topLeft:"+",topMid:"+",topRight:"+",midLeft:"+",midMid:"+",midRight:"+",botLeft:"+",botMid:"+",botRight:"+",headerNlLeft:"+",headerNlRight:" ",wrapLeft:" ",wrapRight:" ",nlLeft:" ",nlRight:" ",wrapRightBorder:!1,midvruleNl:":",midvruleWrap:";",midvruleBlank:" "},Am={hrule:"─",vrule:"│",topLeft:"┌",topMid:"┬",topRight:"┐",midLeft:"├",midMid:"┼",midRight:"┤",botLeft:"└",botMid:"┴",botRight:"┘",headerNlLeft:" ",headerNlRight:"↵",wrapLeft:"…",wrapRight:"…",nlLeft:" ",nlRight:"↵",wrapRightBorder:!0,midvruleNl:"│",midvruleWrap:"│",midvruleBlank:"│"},Es=e=>e==="unicode"?Am:e==="old-ascii"?Rm:_m,Nm=(e,t)=>{let n=t.nullPrint,r=t.numericLocale,s=Z(t),o=e.fields.map(i=>_e(i.name));for(let i of e.rows)for(let a=0;a<e.fields.length;a++){let l=hs(i[a],n,r,e.fields[a]?.dataTypeID,s);for(let c of l.split(`
`)){let u=_e(c);u>o[a]&&(o[a]=u)}}return o},gs=e=>{let t=e.split(`
`),n=0;for(let r of t){let s=_e(r);s>n&&(n=s)}return{lines:t,width:n}},lt=(e,t,n,r)=>{let{hrule:s}=n,o,i,a;r==="top"?(o=n.topLeft,i=n.topMid,a=n.topRight):r==="middle"?(o=n.midLeft,i=n.midMid,a=n.midRight):(o=n.botLeft,i=n.botMid,a=n.botRight);let l="";(t===2||t===3)&&(l+=o);for(let c=0;c<e.length;c++){let u=t===0?0:1;l+=s.repeat(e[c]+u*2),c<e.length-1&&(t===0?l+=" ":l+=i)}return(t===2||t===3)&&(l+=a),l},ym=(e,t,n)=>{let r=t.topt,s=r.border,o=r.tuplesOnly,i=t.nullPrint!==""?t.nullPrint:r.nullPrint,a=Es(r.unicodeBorderLineStyle),l=e.fields.map(_=>_.name),c=e.fields.map(_=>Tm(_.dataTypeID)?"right":"left"),u=Z(r),d=e.rows.map(_=>_.map((b,O)=>gs(hs(b,i,r.numericLocale,e.fields[O]?.dataTypeID,u)))),f=l.map(_=>gs(_)),m=e.fields.length,p=f.map(_=>_.width);for(let _ of d)for(let b=0;b<m;b++)_[b].width>p[b]&&(p[b]=_[b].width);if(n){let _=r.columns>0?r.columns:r.envColumns;if(_>0){let b=new Array(m).fill(0),O=f.map(v=>v.width);if(d.length>0){for(let v of d)for(let y=0;y<m;y++)b[y]+=v[y].width,v[y].width>O[y]&&(O[y]=v[y].width);for(let v=0;v<m;v++)b[v]/=d.length}let w=(v=>s===0?v:s===1?v*3-(v>0?1:0):v*3+1)(m),N=w+f.reduce((v,y)=>v+y.width,0),C=w+p.reduce((v,y)=>v+y,0);if(_>=N)for(;C>_;){let v=-1,y=0;for(let B=0;B<m;B++){let G=f[B].width;if(b[B]>0&&p[B]>G){let X=p[B]/b[B]+O[B]*.01;X>y&&(y=X,v=B)}}if(v===-1)break;p[v]--,C--}}}let g="",h=`
`,E=0;if(!o&&r.title){E=(s===0?p.length:s===1?p.length*3-(p.length>0?1:0):p.length*3+1)+p.reduce((b,O)=>b+O,0);let _=_e(r.title);if(_>=E)g+=r.title+h;else{let b=E-_>>1;g+=" ".repeat(b)+r.title+h}}if(!o&&(s===2||s===3)&&(g+=lt(p,s,a,"top")+h),!o){let _=f.map((O,L)=>{if(!n)return O.lines;let w=[];for(let N of O.lines)w.push(...Vn(N,p[L]));return w}),b=Math.max(1,..._.map(O=>O.length));for(let O=0;O<b;O++){let L=_.map(N=>O>0&&O<N.length?"nl":"none"),w=_.map(N=>O<N.length-1?"nl":"none");g+=Di(_.map(N=>N[O]??""),p,s,a,L,w,O===0),g+=h}g+=lt(p,s,a,"middle")+h}for(let _=0;_<d.length;_++){let b=d[_],O=b.map((N,C)=>{let v=N.lines;if(!n)return v;let y=[];for(let B of v)y.push(...Vn(B,p[C]));return y}),L=b.map((N,C)=>{let v=[],y=N.lines;for(let B=0;B<y.length;B++){let G=n?Vn(y[B],p[C]):[y[B]];for(let X=0;X<G.length;X++)B===0&&X===0?v.push("start"):X===0?v.push("nl"):v.push("wrap")}return v}),w=Math.max(1,...O.map(N=>N.length));for(let N=0;N<w;N++){let C=L.map((y,B)=>N===0||N>=O[B].length?"none":y[N]==="wrap"?"wrap":"nl"),v=L.map((y,B)=>{let G=N+1;return G>=O[B].length?"none":y[G]==="wrap"?"wrap":"nl"});g+=Lm(O.map(y=>y[N]??""),p,c,s,a,C,v,N===0),g+=h}s===3&&_<d.length-1&&(g+=lt(p,s,a,"middle")+h)}!o&&(s===2||s===3)&&(g+=lt(p,s,a,"bottom")+h);let S=!!t.footers&&t.footers.length>0;if(!o&&r.defaultFooter&&!S){let _=e.rows.length;g+=`(${String(_)} ${_===1?"row":"rows"})
`}if(!o&&t.footers)for(let _ of t.footers)g+=_+h;return r.stopTable&&(g+=h),g},wm=(e,t,n,r)=>r?e.vrule:n==="wrap"?e.midvruleWrap:n==="nl"?e.midvruleNl:e.midvruleBlank,Ii=(e,t,n,r)=>e==="wrap"?t.wrapRight:e==="nl"?t.nlRight:n&&r!==2&&r!==3?"":" ",Ci=(e,t)=>e==="wrap"?t.wrapLeft:e==="nl"?t.nlLeft:" ",Di=(e,t,n,r,s,o,i)=>{let{vrule:a}=r,l="";(n===2||n===3)&&(l+=a);for(let c=0;c<e.length;c++){let u=c===e.length-1;(n!==0||!r.wrapRightBorder&&c>0)&&(l+=i?" ":r.headerNlLeft),l+=Gn(e[c],t[c],"center"),(n!==0||r.wrapRightBorder)&&(l+=o[c]!=="none"?r.headerNlRight:" "),!u&&n!==0&&(l+=a)}return(n===2||n===3)&&(l+=a),l},Lm=(e,t,n,r,s,o,i,a)=>{let{vrule:l}=s,c="";(r===2||r===3)&&(c+=l);for(let u=0;u<e.length;u++){let d=u===e.length-1;(r!==0||!s.wrapRightBorder&&u>0)&&(c+=Ci(o[u],s));let f=r===2||r===3||!d||i[u]!=="none";n[u]==="right"?c+=Gn(e[u],t[u],"right"):f?c+=Gn(e[u],t[u],"left"):c+=e[u],(r!==0||s.wrapRightBorder||d&&i[u]!=="none")&&(c+=Ii(i[u],s,d,r)),!d&&r!==0&&(c+=wm(s,o[u],o[u+1],a))}return(r===2||r===3)&&(c+=l),c},Vn=(e,t)=>{if(t<=0)return[e];if(_e(e)<=t)return[e];let n=[],r="",s=0;for(let o of e){let i=Pi(o.codePointAt(0)??0);s+i>t&&r.length>0&&(n.push(r),r="",s=0),r+=o,s+=i}return r.length>0&&n.push(r),n},Om=(e,t)=>{let n=t.topt,r=n.border,s=n.tuplesOnly,o=t.nullPrint!==""?t.nullPrint:n.nullPrint,i=Es(n.unicodeBorderLineStyle),a=n.unicodeBorderLineStyle==="old-ascii",l=e.fields.map(N=>N.name),c=0,u=!1;for(let N of l){for(let C of N.split(`
`)){let v=_e(C);v>c&&(c=v)}N.includes(`
`)&&(u=!0)}let d=0,f=!1,m=Z(n),p=e.rows.map(N=>N.map((C,v)=>hs(C,o,n.numericLocale,e.fields[v]?.dataTypeID,m)));for(let N of p)for(let C of N){C.includes(`
`)&&(f=!0);for(let v of C.split(`
`)){let y=_e(v);y>d&&(d=y)}}let g=n.format==="wrapped",h=d;if(g){let N=n.columns>0?n.columns:n.envColumns;if(N>0){let C;r===0?C=1+(u?1:0):r===1?C=3+(u&&a?1:0):C=7;let v=r<2&&!a,y=C+(v&&f?1:0),B=C+(v?1:0),G=r===0?9:r===1?12:15,X=p.length,re=G+(X>0?1+Math.floor(Math.log10(Math.max(1,X))):0),be=le=>{let Te=c+le+d;Te<re&&(Te=re);let se=c+le+3;return se<re&&(se=re),N>=Te?Te-c-le:N<se?se-c-le:N-c-le},fe=be(y);fe<d&&!f&&v&&(fe=be(B),f=!0),h=fe<d?fe:d}}let E="",S=`
`;if(!s&&n.title&&(E+=n.title+S),e.rows.length===0){if(s||(E+=`(0 rows)
`),!s&&t.footers)for(let N of t.footers)E+=N+S;return s||(E+=S),E}let _=a?r>0:r>0||u,b=a?r>1:r>1||f,O=r>1||u&&a,L=r<2&&u&&a?c+1:c;for(let N=0;N<p.length;N++){s?(N>0||r===2||r===3)&&(E+=vi(0,L,h,r,i,N===0),E+=S):(E+=vi(N+1,L,h,r,i,N===0),E+=S);for(let C=0;C<l.length;C++){let v=l[C].split(`
`),y=p[N][C].split(`
`);E+=bm(v,y,c,h,r,i,u,_,b,O,a)}}!s&&(r===2||r===3)&&(E+=i.botLeft+i.hrule.repeat(c+2)+i.botMid+i.hrule.repeat(h+2)+i.botRight+S);let w=!!t.footers&&t.footers.length>0;if(!s&&w&&r<2&&(E+=S),!s&&t.footers)for(let N of t.footers)E+=N+S;return E+=S,E},vi=(e,t,n,r,s,o)=>{let{hrule:i}=s;if(e===0){if(r===0)return" ".repeat(t+n);if(r===1){let S=t+3+n,_=t+1;return i.repeat(_)+s.midMid+i.repeat(S-_-1)}let g=o?s.topLeft:s.midLeft,h=o?s.topRight:s.midRight,E=o?s.topMid:s.midMid;return g+i.repeat(t+2)+E+i.repeat(n+2)+h}if(r===0){let g=`* Record ${String(e)}`,h=t+n;return g.length>=h?g:g+" ".repeat(h-g.length)}let a=`[ RECORD ${String(e)} ]`;if(r===1){let g=t+3+n,h=t+1,E=n+1,S=i+a;return S.length<=h?S+i.repeat(h-S.length)+s.midMid+i.repeat(E):S.length<g?S+i.repeat(g-S.length):S}let l=o?s.topLeft:s.midLeft,c=o?s.topRight:s.midRight,u=o?s.topMid:s.midMid,d=t+2,f=n+2,m=i+a;if(m.length<=d)return l+(m+i.repeat(d-m.length))+u+i.repeat(f)+c;let p=Math.max(d+1+f,m.length+1);return l+m+i.repeat(p-m.length)+c},bm=(e,t,n,r,s,o,i,a,l,c,u)=>{let{vrule:d}=o,f="",m=[];for(let _ of t)if(r>0&&_e(_)>r){let b=Vn(_,r),O=b.length-1;b.forEach((L,w)=>{m.push({text:L,width:_e(L),isWrapStart:w===0,isWrapEnd:w===O})})}else m.push({text:_,width:_e(_),isWrapStart:!0,isWrapEnd:!0});let p=0,g=0,h=0,E=e.length===0,S=m.length===0;for(;!E||!S;){if((s===2||s===3)&&(f+=d),E){let _=n+s;s<2&&i&&u&&_++,s===0&&i&&!u&&_++,f+=" ".repeat(_)}else{c&&(f+=p>0?o.headerNlLeft:" ");let _=e[p];f+=Gn(_,n,"left"),p+1<e.length?(a&&(f+=o.headerNlRight),p++):(a&&(f+=" "),E=!0)}if(s>0&&(h!==0?f+=o.midvruleWrap:g===0?f+=d:f+=o.midvruleNl),S)(s===2||s===3)&&(f+=" ".repeat(r)+"  "+d);else{let _=m[g];f+=h===0?" ":o.wrapLeft,f+=_.text,h+=_.width;let b=g!==m.length-1?m[g+1]:null,O=!1,L="";if(b&&!_.isWrapEnd?(l&&(O=!0,L=o.wrapRight),g++):b?(l&&(O=!0,L=o.nlRight),g++,h=0):(s>1&&(O=!0,L=" "),S=!0),O){let w=r-_.width;w>0&&(f+=" ".repeat(w))}f+=L,(s===2||s===3)&&(f+=d)}f+=`
`}return f},Im=(e,t)=>{let n=Nm(e,t),r=t.border,s=n.length,o;return r===0?o=s:r===1?o=s*3-(s>0?1:0):o=s*3+1,o+n.reduce((i,a)=>i+a,0)},Cm=(e,t)=>{if(t.expanded==="on")return!0;if(t.expanded==="auto"){let n=t.columns>0?t.columns:t.envColumns;return n<=0?!1:Im(e,t)>n}return!1},ae={format:"aligned",printQuery(e,t,n){let r=Cm(e,t.topt),s=t.topt.format==="wrapped",o;return r?o=Om(e,t):e.rows.length===0?o=vm(e,t):o=ym(e,t,s),n.write(o),Promise.resolve()}},vm=(e,t)=>{let n=t.topt,r=n.tuplesOnly,s=n.border,o=Es(n.unicodeBorderLineStyle),i=e.fields.map(u=>gs(u.name)),a=i.map(u=>u.width),l="";if(!r&&n.title){let u=(s===0?a.length:s===1?a.length*3-(a.length>0?1:0):a.length*3+1)+a.reduce((f,m)=>f+m,0),d=_e(n.title);d>=u?l+=n.title+`
`:l+=" ".repeat(u-d>>1)+n.title+`
`}if(!r&&(s===2||s===3)&&(l+=lt(a,s,o,"top")+`
`),!r){let u=i.map(()=>"none");l+=Di(i.map(d=>d.lines[0]??""),a,s,o,u,u,!0)+`
`,l+=lt(a,s,o,"middle")+`
`}!r&&(s===2||s===3)&&(l+=lt(a,s,o,"bottom")+`
`);let c=!!t.footers&&t.footers.length>0;if(!r&&n.defaultFooter&&!c&&(l+=`(0 rows)
`),!r&&t.footers)for(let u of t.footers)l+=u+`
`;return l+=`
`,l};T();var ki=new Set([21,23,20,700,701,1700,1186]),ct={format:"asciidoc",printQuery(e,t,n){return t.topt.expanded==="on"?Dm(e,t,n):Pm(e,t,n)}},Pm=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=t.nullPrint!==""?t.nullPrint:r.nullPrint,l=t.title??r.title,c=t.footers??r.footers,u=e.fields.map(h=>h.name),d=e.fields.map(h=>ki.has(h.dataTypeID)?"r":"l"),f=e.fields.length,m=Z(r),p=e.rows.map(h=>h.map((E,S)=>Ui(E,a,r.numericLocale,e.fields[S]?.dataTypeID,m))),g="";o&&(g+=`
`,!s&&l&&(g+="."+l+`
`),g+="[",s||(g+='options="header",'),g+='cols="',g+=d.map(h=>h==="r"?">l":"<l").join(","),g+='"',g+=Mi(r.border),g+=`]
`,g+=`|====
`,s||(u.forEach((h,E)=>{E!==0&&(g+=" "),g+="^l|"+Yn(h)}),g+=`
`));for(let h of p)h.forEach((E,S)=>{S!==0&&(g+=" "),g+="|",$i(E)?S!==f-1&&(g+=" "):g+=Yn(E)}),g+=`
`;if(g+=`|====
`,i&&!s){let h=km(e,r,c);if(h.length>0){g+=`
....
`;for(let E of h)g+=E+`
`;g+=`....
`}}return n.write(g),Promise.resolve()},Dm=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=t.nullPrint!==""?t.nullPrint:r.nullPrint,l=t.title??r.title,c=t.footers??r.footers,u=e.fields.map(h=>h.name),d=e.fields.map(h=>ki.has(h.dataTypeID)?"r":"l"),f=Z(r),m=e.rows.map(h=>h.map((E,S)=>Ui(E,a,r.numericLocale,e.fields[S]?.dataTypeID,f))),p="";o&&(p+=`
`,!s&&l&&(p+="."+l+`
`),p+='[cols="h,l"',p+=Mi(r.border),p+=`]
`,p+=`|====
`);let g=r.prior+1;if(m.forEach(h=>{s?p+=`2+|
`:(p+=`2+^|Record ${String(g)}
`,g+=1),h.forEach((E,S)=>{p+="<l|"+Yn(u[S]),p+=" "+(d[S]==="r"?">l":"<l")+"|",$i(E)?p+=" ":p+=Yn(E),p+=`
`})}),p+=`|====
`,i&&!s&&c&&c.length>0){p+=`
....
`;for(let h of c)p+=h+`
`;p+=`....
`}return n.write(p),Promise.resolve()},Mi=e=>{switch(e){case 0:return',frame="none",grid="none"';case 1:return',frame="none"';case 2:return',frame="all",grid="all"';default:return""}},km=(e,t,n)=>{if(n&&n.length>0)return n;if(t.defaultFooter){let r=e.rows.length;return[`(${String(r)} ${r===1?"row":"rows"})`]}return[]},$i=e=>{if(e.length===0)return!0;for(let t of e)if(t!==" "&&t!=="	")return!1;return!0},Yn=e=>{let t="";for(let n of e)n==="|"?t+="\\|":t+=n;return t},Ui=(e,t,n,r,s)=>pe(e,t,n,r,s);T();var ut={format:"csv",printQuery(e,t,n){let r=t.topt,s=r.csvFieldSep!==void 0&&r.csvFieldSep!==""?r.csvFieldSep:",";if(s.length!==1||s==='"'||s===`
`||s==="\r")throw new RangeError(`csv_fieldsep must be a single character other than '"', '\\n', or '\\r' (got ${JSON.stringify(s)})`);let o=t.nullPrint!==""?t.nullPrint:r.nullPrint,i=r.expanded==="on",a=e.fields.map(d=>d.name),l=Z(r),c=e.rows.map(d=>d.map((f,m)=>Mm(f,o,r.numericLocale,e.fields[m]?.dataTypeID,l))),u="";if(i)for(let d of c)d.forEach((f,m)=>{u+=Qn(a[m],s)+s+Qn(f,s)+`
`});else{r.startTable&&!r.tuplesOnly&&(u+=a.map(d=>Qn(d,s)).join(s)+`
`);for(let d of c)u+=d.map(f=>Qn(f,s)).join(s)+`
`}return n.write(u),Promise.resolve()}},Mm=(e,t,n,r,s)=>pe(e,t,n,r,s),Qn=(e,t)=>e.includes(t)||e.includes('"')||e.includes(`
`)||e.includes("\r")||e==="\\."||t==="\\"||t==="."?`"${e.replace(/"/g,'""')}"`:e;T();var Hi=new Set([21,23,20,700,701,1700,1186]),dt={format:"html",printQuery(e,t,n){return t.topt.expanded==="on"?Um(e,t,n):$m(e,t,n)}},$m=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=t.nullPrint!==""?t.nullPrint:r.nullPrint,l=t.title??r.title,c=t.footers??r.footers,u=e.fields.map(g=>g.name),d=e.fields.map(g=>Hi.has(g.dataTypeID)?"right":"left"),f=Z(r),m=e.rows.map(g=>g.map((h,E)=>qi(h,a,r.numericLocale,e.fields[E]?.dataTypeID,f))),p="";if(o&&(p+=`<table border="${String(r.border)}"`,r.tableAttr&&(p+=` ${r.tableAttr}`),p+=`>
`,!s&&l&&(p+="  <caption>"+xe(l)+`</caption>
`),!s)){p+=`  <tr>
`;for(let g of u)p+='    <th align="center">'+xe(g)+`</th>
`;p+=`  </tr>
`}for(let g of m)p+=`  <tr valign="top">
`,g.forEach((h,E)=>{p+=`    <td align="${d[E]}">`,Fi(h)?p+="&nbsp; ":p+=xe(h),p+=`</td>
`}),p+=`  </tr>
`;if(i){if(p+=`</table>
`,!s){let g=Hm(e,r,c);if(g.length>0){p+="<p>";for(let h of g)p+=xe(h)+`<br />
`;p+="</p>"}}p+=`
`}return n.write(p),Promise.resolve()},Um=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=t.nullPrint!==""?t.nullPrint:r.nullPrint,l=t.title??r.title,c=t.footers??r.footers,u=e.fields.map(h=>h.name),d=e.fields.map(h=>Hi.has(h.dataTypeID)?"right":"left"),f=Z(r),m=e.rows.map(h=>h.map((E,S)=>qi(E,a,r.numericLocale,e.fields[S]?.dataTypeID,f))),p="";o&&(p+=`<table border="${String(r.border)}"`,r.tableAttr&&(p+=` ${r.tableAttr}`),p+=`>
`,!s&&l&&(p+="  <caption>"+xe(l)+`</caption>
`));let g=r.prior+1;if(m.forEach(h=>{s?p+=`
  <tr><td colspan="2">&nbsp;</td></tr>
`:(p+=`
  <tr><td colspan="2" align="center">Record ${String(g)}</td></tr>
`,g+=1),h.forEach((E,S)=>{p+=`  <tr valign="top">
`,p+="    <th>"+xe(u[S])+`</th>
`,p+=`    <td align="${d[S]}">`,Fi(E)?p+="&nbsp; ":p+=xe(E),p+=`</td>
`,p+=`  </tr>
`})}),i){if(p+=`</table>
`,!s&&c&&c.length>0){p+="<p>";for(let h of c)p+=xe(h)+`<br />
`;p+="</p>"}p+=`
`}return n.write(p),Promise.resolve()},Hm=(e,t,n)=>{if(n&&n.length>0)return n;if(t.defaultFooter){let r=e.rows.length;return[`(${String(r)} ${r===1?"row":"rows"})`]}return[]},Fi=e=>{if(e.length===0)return!0;for(let t of e)if(t!==" "&&t!=="	")return!1;return!0},xe=e=>{let t="",n=!0;for(let r of e){switch(r){case"&":t+="&amp;";break;case"<":t+="&lt;";break;case">":t+="&gt;";break;case'"':t+="&quot;";break;case`
`:t+=`<br />
`;break;case" ":t+=n?"&nbsp;":" ";break;default:t+=r}r!==" "&&(n=!1)}return t},qi=(e,t,n,r,s)=>pe(e,t,n,r,s);T();var Fm=new Set([21,23,20,700,701,1700]),ft={format:"json",printQuery(e,t,n){let r=t.topt.expanded==="on",s=e.rows.map(i=>{let a={};return e.fields.forEach((l,c)=>{a[l.name]=qm(i[c],l.dataTypeID)}),a}),o=r?JSON.stringify(s,null,2):JSON.stringify(s);return n.write(o+`
`),Promise.resolve()}},qm=(e,t)=>{if(e==null)return null;if(typeof e=="number")return Number.isFinite(e)?e:e.toString();if(typeof e=="bigint"){let n=Number(e);return BigInt(n)===e?n:e.toString()}if(typeof e=="boolean")return e;if(e instanceof Date)return e.toISOString();if(e instanceof Uint8Array){let n="\\x";for(let r of e)n+=r.toString(16).padStart(2,"0");return n}if(typeof e=="string"){if(Fm.has(t)){let n=Number(e);if(Number.isFinite(n)&&String(n)===Bm(e))return n}return e}return e},Bm=e=>{let t=e;return t.startsWith("+")&&(t=t.slice(1)),t.includes(".")&&(t=t.replace(/0+$/,"").replace(/\.$/,"")),t};T();var Bi=new Set([21,23,20,700,701,1700,1186]),pt={format:"latex",printQuery(e,t,n){return t.topt.expanded==="on"?xi(e,t,n):xm(e,t,n)}},xm=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=Ss(r.border,3),l=t.nullPrint!==""?t.nullPrint:r.nullPrint,c=t.title??r.title,u=t.footers??r.footers,d=e.fields.map(E=>E.name),f=e.fields.length,m=e.fields.map(E=>Bi.has(E.dataTypeID)?"r":"l"),p=Z(r),g=e.rows.map(E=>E.map((S,_)=>Ts(S,l,r.numericLocale,e.fields[_]?.dataTypeID,p))),h="";if(o&&(!s&&c&&(h+=`\\begin{center}
`,h+=ue(c),h+=`
\\end{center}

`),h+="\\begin{tabular}{",a>=2&&(h+="| "),m.forEach((E,S)=>{h+=E,a!==0&&S<f-1&&(h+=" | ")}),a>=2&&(h+=" |"),h+=`}
`,!s&&a>=2&&(h+=`\\hline
`),s||(d.forEach((E,S)=>{S!==0&&(h+=" & "),h+="\\textit{"+ue(E)+"}"}),h+=` \\\\
`,h+=`\\hline
`)),g.forEach(E=>{E.forEach((S,_)=>{h+=ue(S),_===f-1?(h+=` \\\\
`,a===3&&(h+=`\\hline
`)):h+=" & "})}),i){if(a===2&&(h+=`\\hline
`),h+=`\\end{tabular}

\\noindent `,!s){let E=Wm(e,r,u);for(let S of E)h+=ue(S)+` \\\\
`}h+=`
`}return n.write(h),Promise.resolve()},xi=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=Ss(r.border,2),l=t.nullPrint!==""?t.nullPrint:r.nullPrint,c=t.title??r.title,u=t.footers??r.footers,d=e.fields.map(h=>h.name),f=Z(r),m=e.rows.map(h=>h.map((E,S)=>Ts(E,l,r.numericLocale,e.fields[S]?.dataTypeID,f))),p="";o&&(!s&&c&&(p+=`\\begin{center}
`,p+=ue(c),p+=`
\\end{center}

`),p+="\\begin{tabular}{",a===0?p+="cl":a===1?p+="c|l":p+="|c|l|",p+=`}
`);let g=r.prior+1;if(m.forEach(h=>{s||(a===2?(p+=`\\hline
`,p+=`\\multicolumn{2}{|c|}{\\textit{Record ${String(g)}}} \\\\
`):p+=`\\multicolumn{2}{c}{\\textit{Record ${String(g)}}} \\\\
`,g+=1),a>=1&&(p+=`\\hline
`),h.forEach((E,S)=>{p+=ue(d[S]),p+=" & ",p+=ue(E),p+=` \\\\
`})}),i){if(a===2&&(p+=`\\hline
`),p+=`\\end{tabular}

\\noindent `,!s&&u&&u.length>0)for(let h of u)p+=ue(h)+` \\\\
`;p+=`
`}return n.write(p),Promise.resolve()},mt={format:"latex-longtable",printQuery(e,t,n){if(t.topt.expanded==="on")return xi(e,t,n);let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=Ss(r.border,3),l=t.nullPrint!==""?t.nullPrint:r.nullPrint,c=t.title??r.title,u=e.fields.map(b=>b.name),d=e.fields.length,f=e.fields.map(b=>Bi.has(b.dataTypeID)?"r":"l"),m=Z(r),p=e.rows.map(b=>b.map((O,L)=>Ts(O,l,r.numericLocale,e.fields[L]?.dataTypeID,m))),g=(r.tableAttr??"").split(/[\s]+/).filter(b=>b!==""),h=0,E=null,S="";o&&(S+="\\begin{longtable}{",a>=2&&(S+="| "),f.forEach((b,O)=>{if(b==="l"&&g.length>0){let L=null;h<g.length?(L=g[h],h+=1,E=L):E!==null&&(L=E),L!==null?S+=`p{${L}\\textwidth}`:S+="l"}else S+=b;a!==0&&O<d-1&&(S+=" | ")}),a>=2&&(S+=" |"),S+=`}
`,s||(a>=2&&(S+=`\\toprule
`),u.forEach((b,O)=>{O!==0&&(S+=" & "),S+="\\small\\textbf{\\textit{"+ue(b)+"}}"}),S+=` \\\\
`,S+=`\\midrule
\\endfirsthead
`,a>=2&&(S+=`\\toprule
`),u.forEach((b,O)=>{O!==0&&(S+=" & "),S+="\\small\\textbf{\\textit{"+ue(b)+"}}"}),S+=` \\\\
`,a!==3&&(S+=`\\midrule
`),S+=`\\endhead
`,c?(a===2&&(S+=`\\bottomrule
`),S+="\\caption["+ue(c)+" (Continued)]{"+ue(c)+`}
\\endfoot
`,a===2&&(S+=`\\bottomrule
`),S+="\\caption["+ue(c)+"]{"+ue(c)+`}
\\endlastfoot
`):a>=2&&(S+=`\\bottomrule
\\endfoot
`,S+=`\\bottomrule
\\endlastfoot
`)));let _=0;return p.forEach(b=>{b.forEach(O=>{_!==0&&_%d!==0&&(S+=`
&
`),S+="\\raggedright{"+ue(O)+"}",(_+1)%d===0&&(S+=` \\tabularnewline
`,a===3&&(S+=` \\hline
`)),_+=1})}),i&&(S+=`\\end{longtable}
`),n.write(S),Promise.resolve()}},Ss=(e,t)=>e>t?t:e<0?0:e,Wm=(e,t,n)=>{if(n&&n.length>0)return n;if(t.defaultFooter){let r=e.rows.length;return[`(${String(r)} ${r===1?"row":"rows"})`]}return[]},ue=e=>{let t="";for(let n of e)switch(n){case"#":t+="\\#";break;case"$":t+="\\$";break;case"%":t+="\\%";break;case"&":t+="\\&";break;case"<":t+="\\textless{}";break;case">":t+="\\textgreater{}";break;case"\\":t+="\\textbackslash{}";break;case"^":t+="\\^{}";break;case"_":t+="\\_";break;case"{":t+="\\{";break;case"|":t+="\\textbar{}";break;case"}":t+="\\}";break;case"~":t+="\\~{}";break;case`
`:t+="\\\\";break;default:t+=n}return t},Ts=(e,t,n,r,s)=>pe(e,t,n,r,s);T();var Vm=new Set([21,23,20,700,701,1700,1186]),gt={format:"troff-ms",printQuery(e,t,n){return t.topt.expanded==="on"?Ym(e,t,n):Gm(e,t,n)}},Gm=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=Wi(r.border),l=t.nullPrint!==""?t.nullPrint:r.nullPrint,c=t.title??r.title,u=t.footers??r.footers,d=e.fields.map(E=>E.name),f=e.fields.length,m=e.fields.map(E=>Vm.has(E.dataTypeID)?"r":"l"),p=Z(r),g=e.rows.map(E=>E.map((S,_)=>Vi(S,l,r.numericLocale,e.fields[_]?.dataTypeID,p))),h="";if(o&&(!s&&c&&(h+=`.LP
.DS C
`,h+=We(c),h+=`
.DE
`),h+=`.LP
.TS
`,h+=a===2?`center box;
`:`center;
`,m.forEach((E,S)=>{h+=E,a>0&&S<f-1&&(h+=" | ")}),h+=`.
`,s||(d.forEach((E,S)=>{S!==0&&(h+="	"),h+="\\fI"+We(E)+"\\fP"}),h+=`
_
`)),g.forEach(E=>{E.forEach((S,_)=>{h+=We(S),_===f-1?h+=`
`:h+="	"})}),i){if(h+=`.TE
.DS L
`,!s){let E=Qm(e,r,u);for(let S of E)h+=We(S)+`
`}h+=`.DE
`}return n.write(h),Promise.resolve()},Ym=(e,t,n)=>{let r=t.topt,s=r.tuplesOnly,o=r.startTable,i=r.stopTable,a=Wi(r.border),l=t.nullPrint!==""?t.nullPrint:r.nullPrint,c=t.title??r.title,u=t.footers??r.footers,d=e.fields.map(E=>E.name),f=Z(r),m=e.rows.map(E=>E.map((S,_)=>Vi(S,l,r.numericLocale,e.fields[_]?.dataTypeID,f))),p="",g=0;o?(!s&&c&&(p+=`.LP
.DS C
`,p+=We(c),p+=`
.DE
`),p+=`.LP
.TS
`,p+=a===2?`center box;
`:`center;
`,s&&(p+=`c l;
`)):g=2;let h=r.prior+1;if(m.forEach((E,S)=>{s||(g!==1&&(a===2&&S>0&&(p+=`_
`),g!==0&&(p+=`.T&
`),p+=`c s.
`,g=1),p+=`\\fIRecord ${String(h)}\\fP
`,h+=1),a>=1&&(p+=`_
`),s||g!==2&&(g!==0&&(p+=`.T&
`),p+=a!==1?`c l.
`:`c | l.
`,g=2),E.forEach((_,b)=>{p+=We(d[b]),p+="	",p+=We(_),p+=`
`})}),i){if(p+=`.TE
.DS L
`,!s&&u&&u.length>0)for(let E of u)p+=We(E)+`
`;p+=`.DE
`}return n.write(p),Promise.resolve()},Wi=e=>e>2?2:e<0?0:e,Qm=(e,t,n)=>{if(n&&n.length>0)return n;if(t.defaultFooter){let r=e.rows.length;return[`(${String(r)} ${r===1?"row":"rows"})`]}return[]},We=e=>{let t="";for(let n of e)n==="\\"?t+="\\(rs":t+=n;return t},Vi=(e,t,n,r,s)=>pe(e,t,n,r,s);T();var ht={format:"unaligned",printQuery(e,t,n){let r=t.topt,s=r.fieldSep!==""?r.fieldSep:"|",o=r.recordSep!==""?r.recordSep:`
`,i=t.nullPrint!==""?t.nullPrint:r.nullPrint,a=r.expanded==="on",l=r.tuplesOnly,c=e.fields.map(m=>m.name),u=Z(r),d=e.rows.map(m=>m.map((p,g)=>jm(p,i,r.numericLocale,e.fields[g]?.dataTypeID,u))),f="";if(a){let m=!1;if(!l&&t.title&&(f+=t.title,m=!0),d.forEach(p=>{m&&(f+=o+o,m=!1),p.forEach((g,h)=>{f+=c[h]+s+g,h<p.length-1?f+=o:m=!0})}),!l&&t.footers&&t.footers.length>0){f+=o;for(let p of t.footers)f+=o+p;m=!0}m&&(f+=o)}else{!l&&t.title&&(f+=t.title+o),l||(f+=c.join(s)+o),d.forEach(p=>{f+=p.join(s)+o});let m=t.footers!==void 0&&t.footers!==null&&t.footers.length>0;if(!l&&r.defaultFooter&&!m){let p=e.rows.length;f+=`(${String(p)} ${p===1?"row":"rows"})`+o}if(!l&&m)for(let p of t.footers??[])f+=p+o}return n.write(f),Promise.resolve()}},jm=(e,t,n,r,s)=>pe(e,t,n,r,s);import{createHash as Km,createHmac as Gi,pbkdf2Sync as Xm,randomBytes as zm}from"node:crypto";import{Buffer as Jm}from"node:buffer";var Kn={connect:e=>Ct.connect(e),readLine:dg,randomBytes:zm};var Zm=e=>{if(!e)return null;let t=e.password;return typeof t=="string"&&t.length>0?t:null},eg=e=>{if(!e)return null;let t=e.opts;return t!=null&&typeof t=="object"?t:null},jn="-",tg=e=>{let t=e.trim();if(t.length===0)return{};if(t.startsWith("postgresql://")||t.startsWith("postgres://"))return ng(t);if(/^[A-Za-z_][A-Za-z0-9_]*=/.test(t)||/\s[A-Za-z_][A-Za-z0-9_]*=/.test(t))return rg(t);let n=t.split(/\s+/),r={};if(n.length>=1&&n[0]!==jn&&(r.database=n[0]),n.length>=2&&n[1]!==jn&&(r.user=n[1]),n.length>=3&&n[2]!==jn&&(r.host=n[2]),n.length>=4&&n[3]!==jn){let s=parseInt(n[3],10);if(!Number.isFinite(s)||s<=0||s>65535)return{error:`invalid port number "${n[3]}"`};r.port=s}return r},Qi=(e,t,n)=>{switch(t){case"host":e.host=n;break;case"hostaddr":e.hostaddr=n;break;case"port":{let r=parseInt(n,10);if(!Number.isFinite(r)||r<=0||r>65535)return{error:`invalid port "${n}"`};e.port=r;break}case"user":e.user=n;break;case"password":e.password=n;break;case"dbname":case"database":e.database=n;break;case"application_name":e.applicationName=n;break;case"sslmode":if(!["disable","allow","prefer","require","verify-ca","verify-full"].includes(n))return{error:`invalid sslmode "${n}"`};e.ssl=n;break;case"channel_binding":if(!["disable","prefer","require"].includes(n))return{error:`invalid channel_binding "${n}"`};e.channelBinding=n;break;case"client_encoding":e.clientEncoding=n;break;case"connect_timeout":{let r=parseInt(n,10);if(!Number.isFinite(r)||r<0)return{error:`invalid connect_timeout "${n}"`};e.connectTimeoutMs=r*1e3;break}case"options":e.options=n}return null},ng=e=>{let t;try{t=new URL(e)}catch(r){return{error:`invalid URI: ${r instanceof Error?r.message:String(r)}`}}let n={};try{if(t.hostname.length>0&&(n.host=decodeURIComponent(t.hostname)),t.port.length>0){let s=parseInt(t.port,10);if(!Number.isFinite(s)||s<=0||s>65535)return{error:"invalid port in URI"};n.port=s}t.username.length>0&&(n.user=decodeURIComponent(t.username)),t.password.length>0&&(n.password=decodeURIComponent(t.password));let r=t.pathname.replace(/^\//,"");r.length>0&&(n.database=decodeURIComponent(r));for(let[s,o]of t.searchParams){let i=Qi(n,s.toLowerCase(),o);if(i!==null)return i}}catch(r){return{error:`invalid URI: ${r instanceof Error?r.message:String(r)}`}}return n},rg=e=>{let t={},n=[],r="",s=!1;for(let o=0;o<e.length;o++){let i=e[o];if(s){if(i==="\\"&&o+1<e.length){r+=e[o+1],o++;continue}if(i==="'"){s=!1;continue}r+=i;continue}if(i==="'"){s=!0;continue}if(/\s/.test(i)){r.length>0&&(n.push(r),r="");continue}r+=i}r.length>0&&n.push(r);for(let o of n){let i=o.indexOf("=");if(i<0)return{error:`missing "=" after "${o}" in connection info`};let a=o.slice(0,i).toLowerCase(),l=o.slice(i+1),c=Qi(t,a,l);if(c!==null)return c}return t},sg=(e,t,n=null)=>{let r=e.vars,s={};for(let[g,h]of Object.entries(t))h!==void 0&&(s[g]=h);let o=n?{...n}:{},i=s.host!==void 0&&s.host!==n?.host;(i||s.port!==void 0&&s.port!==n?.port||s.user!==void 0&&s.user!==n?.user)&&delete o.password,i&&delete o.hostaddr;let a={...o,...s},l=a.host??r.get("HOST")??"localhost",c=r.get("PORT"),u=a.port??(c!==void 0?parseInt(c,10):5432);if(!Number.isFinite(u)||u<=0||u>65535)return{error:"invalid port number"};let d=a.user??r.get("USER")??process.env.USER??process.env.USERNAME??"";if(d.length===0)return{error:"no user name specified"};let f=a.database??r.get("DBNAME")??d,m=a.password??r.get("PASSWORD"),p=a.ssl??"prefer";return{...a,host:l,port:u,user:d,password:m??void 0,database:f,ssl:p,applicationName:a.applicationName??r.get("APPLICATION_NAME"),clientEncoding:a.clientEncoding??e.popt.topt.encoding}},og={name:"c",aliases:["connect"],argMode:"whole-line",helpKey:"c",run:async e=>{let t=e.restOfLine();if(t.trim().length===0)return ji(e);let n=tg(t);if("error"in n)return R(`\\${e.cmdName}: ${n.error}
`),{status:"error"};let r=eg(e.settings.db),s=Zm(e.settings.db),o=r??(s!==null?{password:s}:null),i=sg(e.settings,n,o);if("error"in i)return R(`\\${e.cmdName}: ${i.error}
`),{status:"error"};let a;try{a=await Kn.connect(i)}catch(c){let u=c instanceof Error?c.message:String(c);return R(`\\${e.cmdName}: connection failed: ${u}
`),{status:"error"}}let l=e.settings.db;if(e.settings.db=a,Ln(e.settings.vars,a),l&&!l.isClosed())try{await l.close()}catch{}return M(`You are now connected to database "${i.database}" as user "${i.user}".
`),{status:"ok"}}},ig=e=>{switch(e.popt.topt.format){case"aligned":case"wrapped":return ae;case"unaligned":return ht;case"csv":return ut;case"json":return ft;case"html":return dt;case"asciidoc":return ct;case"latex":return pt;case"latex-longtable":return mt;case"troff-ms":return gt;default:return ae}},Yi=e=>({name:e,tableID:0,columnID:0,dataTypeID:25,dataTypeSize:-1,dataTypeModifier:-1,format:0}),ag=(e,t)=>{let n=t.getConnectionInfo?.()??null,r=t.getTlsInfo?.()??null,s=e.settings.vars.get("DBNAME")??t.database??"",o=e.settings.vars.get("USER")??t.user??"",i=n?.host??e.settings.vars.get("HOST")??"",a=n?.hostaddr??null,l=n?.port??Number(e.settings.vars.get("PORT")??NaN),c=Number.isFinite(l)?String(l):"",u=[];return u.push(["Database",s]),u.push(["Client User",o]),i.startsWith("/")?a!==null&&a.length>0?u.push(["Host Address",a]):u.push(["Socket Directory",i]):(u.push(["Host",i]),a!==null&&a.length>0&&a!==i&&u.push(["Host Address",a])),u.push(["Server Port",c]),u.push(["Options",n?.options??""]),u.push(["Protocol Version","3.0"]),u.push(["Password Used",n?.passwordUsed?"true":"false"]),u.push(["GSSAPI Authenticated",n?.gssapiUsed?"true":"false"]),u.push(["Backend PID",String(n?.backendPid??0)]),u.push(["SSL Connection",r?"true":"false"]),r&&(u.push(["SSL Library",r.library]),u.push(["SSL Protocol",r.protocol]),u.push(["SSL Key Bits",r.keyBits!==null?String(r.keyBits):""]),u.push(["SSL Cipher",r.cipher]),u.push(["SSL Compression",r.compression!=="off"?"true":"false"]),u.push(["ALPN",r.alpn&&r.alpn.length>0?r.alpn:"none"])),u.push(["Superuser",e.settings.db?.parameterStatus("is_superuser")??"unknown"]),u.push(["Hot Standby",e.settings.db?.parameterStatus("in_hot_standby")??"unknown"]),u},ji=async e=>{let t=e.settings.db;if(!t)return M(`You are currently not connected to a database.
`),{status:"ok"};let n=ag(e,t),r={command:"SELECT",rowCount:n.length,oid:null,fields:[Yi("Parameter"),Yi("Value")],rows:n.map(([i,a])=>[i,a]),notices:[]},s={...e.settings.popt,title:"Connection Information",topt:{...e.settings.popt.topt,title:"Connection Information",defaultFooter:!0}},o=process.stdout;return await ig(e.settings).printQuery(r,s,o),{status:"ok"}},lg={name:"conninfo",helpKey:"conninfo",run:e=>ji(e)},cg={name:"encoding",helpKey:"encoding",run:async e=>{let t=e.nextArg("normal"),n=e.settings.popt.topt;if(t===null)return M(`${n.encoding}
`),{status:"ok"};let r=e.settings.db;if(r&&!r.isClosed())try{await r.execSimple(`SET client_encoding TO ${r.escapeLiteral(t)}`)}catch(s){let o=s instanceof Error?s.message:String(s);return R(`\\${e.cmdName}: ${o}
`),{status:"error"}}return n.encoding=t,e.settings.vars.set("ENCODING",t),{status:"ok"}}},ug=(e,t,n=4096)=>{let r=Xm(Jm.from(e,"utf8"),t,n,32,"sha256"),s=Gi("sha256",r).update("Client Key").digest(),o=Km("sha256").update(s).digest(),i=Gi("sha256",r).update("Server Key").digest();return"SCRAM-SHA-256$"+String(n)+":"+t.toString("base64")+"$"+o.toString("base64")+":"+i.toString("base64")};function dg(e,t){return Wn(e,{echo:t.echo})}var fg={name:"password",helpKey:"password",run:async e=>{let t=e.settings.db;if(!t||t.isClosed())return R(`\\${e.cmdName}: not connected
`),{status:"error"};if(e.settings.notty)return R(`\\${e.cmdName}: not in interactive mode
`),{status:"error"};let n=e.nextArg("sql-id");if(n===null){try{let l=(await t.query("SELECT CURRENT_USER")).rows[0]??[];n=typeof l[0]=="string"?l[0]:null}catch(l){let c=l instanceof Error?l.message:String(l);return R(`\\${e.cmdName}: ${c}
`),{status:"error"}}if(!n)return R(`\\${e.cmdName}: could not determine current user
`),{status:"error"}}let r,s;try{r=await Kn.readLine(`Enter new password for user "${n}": `,{echo:!1}),s=await Kn.readLine("Enter it again: ",{echo:!1})}catch(l){let c=l instanceof Error?l.message:String(l);return R(`\\${e.cmdName}: ${c}
`),{status:"error"}}if(r!==s)return R(`\\${e.cmdName}: Passwords didn't match.
`),{status:"error"};if(r.length===0)return R(`\\${e.cmdName}: empty password
`),{status:"error"};let o=Kn.randomBytes(16),i=ug(r,o),a="ALTER USER "+t.escapeIdentifier(n)+" PASSWORD "+t.escapeLiteral(i);try{await t.execSimple(a)}catch(l){let c=l instanceof Error?l.message:String(l);return R(`\\${e.cmdName}: ${c}
`),{status:"error"}}return{status:"ok"}}},Ki=e=>{e.register(og),e.register(lg),e.register(cg),e.register(fg)};T();T();import{promises as Pt}from"node:fs";import*as Ve from"node:path";import*as zi from"node:os";import{randomUUID as pg}from"node:crypto";var Xi=500,Xn=[],mg=e=>{e.length!==0&&Xn[Xn.length-1]!==e&&Xn.push(e)},Ji=()=>Xn.slice();var Zi=e=>e.replace(/\\/g,"\\\\").replace(/\n/g,"\\n").replace(/\r/g,"\\r"),gg=e=>{let t="";for(let n=0;n<e.length;n++){if(e.charCodeAt(n)===92&&n+1<e.length){let r=e[n+1];if(r==="n"){t+=`
`,n++;continue}if(r==="r"){t+="\r",n++;continue}if(r==="\\"){t+="\\",n++;continue}}t+=e[n]}return t},hg=(e,t,n)=>{let r=n==="ignorespace"||n==="ignoreboth",s=n==="ignoredups"||n==="ignoreboth";return!!(r&&e.length>0&&/^\s/.test(e)||s&&t!==void 0&&t===e)},zn=async e=>{let t;try{t=await Pt.readFile(e,"utf8")}catch(r){if(r&&typeof r=="object"&&"code"in r&&r.code==="ENOENT")return[];throw r}if(t.endsWith(`
`)&&(t=t.slice(0,-1)),t.length===0)return[];let n=[];for(let r of t.split(`
`))r.startsWith("#")||n.push(gg(r));return n},ea=async(e,t,n="none")=>{if(n==="ignoredups"||n==="ignoreboth"||n==="ignorespace"){let r;if(n==="ignoredups"||n==="ignoreboth"){let s=await zn(e);r=s[s.length-1]}if(hg(t,r,n))return}mg(t),await Pt.appendFile(e,Zi(t)+`
`,"utf8")},ta=async(e,t)=>{if(t<=0){try{await Pt.unlink(e)}catch(a){if(a&&typeof a=="object"&&"code"in a&&a.code==="ENOENT")return;throw a}return}let n=await zn(e);if(n.length<=t)return;let r=n.slice(n.length-t).map(Zi).join(`
`)+`
`,s=Ve.dirname(e),o=Ve.basename(e),i=Ve.join(s,`.${o}.${pg()}.tmp`);await Pt.writeFile(i,r,{encoding:"utf8",mode:384});try{await Pt.rename(i,e)}catch(a){try{await Pt.unlink(i)}catch{}throw a}},na=(e=process.env)=>{let t=e.PSQL_HISTORY;if(t!==void 0&&t.length>0)return t;if(process.platform==="win32"){let r=e.APPDATA;if(r!==void 0&&r.length>0)return Ve.join(r,"postgresql","psql_history")}let n=e.HOME??zi.homedir();return Ve.join(n,".psql_history")},ra=(e=process.env)=>{let t=e.HISTSIZE;if(t===void 0||t==="")return Xi;let n=Number(t);return!Number.isInteger(n)||n<0?Xi:n};import{mkdtempSync as Eg,readFileSync as Sg,rmSync as Tg,writeFileSync as oa}from"node:fs";import{join as sa}from"node:path";import{tmpdir as _g}from"node:os";import{spawnSync as _s}from"node:child_process";var ia={name:"q",aliases:["quit"],helpKey:"q",run:()=>Promise.resolve({status:"exit"})},aa={name:"!",argMode:"whole-line",helpKey:"!",run:e=>{let t=e.restOfLine().trim();try{if(t.length===0){let n=process.env.SHELL??"/bin/sh";_s(n,["-i"],{stdio:"inherit"})}else _s("sh",["-c",t],{stdio:"inherit"})}catch{}return Promise.resolve({status:"ok"})}},la={name:"cd",helpKey:"cd",run:e=>{let t=e.nextArg("normal"),n=t&&t.length>0?t:process.env.HOME??null;if(!n)return R(`\\${e.cmdName}: could not determine home directory
`),Promise.resolve({status:"error"});try{return process.chdir(n),Promise.resolve({status:"ok"})}catch(r){let s=r instanceof Error?r.message:String(r);return R(`\\${e.cmdName}: ${s}
`),Promise.resolve({status:"error"})}}},Rs=(e,t)=>{let n=[],r=!1,s=!0,o=(()=>{let i=0;for(;i<e.rawArgs.length&&/\s/.test(e.rawArgs[i]);)i++;return e.rawArgs.slice(i,i+2)==="-n"&&(i+2===e.rawArgs.length||/\s/.test(e.rawArgs[i+2]))})();for(;;){let i=e.nextArg("normal");if(i===null)break;if(s&&o&&i==="-n"){r=!0,s=!1;continue}s=!1,n.push(i)}return t(n.join(" ")+(r?"":`
`)),{status:"ok"}},ca={name:"echo",helpKey:"echo",run:e=>Promise.resolve(Rs(e,M))},ua={name:"qecho",helpKey:"qecho",run:e=>{let{logfile:t}=e.settings,n=r=>{t?t.write(r):M(r)};return Promise.resolve(Rs(e,n))}},da={name:"warn",helpKey:"warn",run:e=>Promise.resolve(Rs(e,R))},fa={name:"prompt",helpKey:"prompt",run:async e=>{let t=[];for(;;){let i=e.nextArg("normal");if(i===null)break;t.push(i)}let n=!0;if(t.length>0&&t[0]==="-"&&(n=!1,t.shift()),t.length===0)return R(`\\${e.cmdName}: missing required argument
`),{status:"error"};let r="",s;t.length===1?s=t[0]:(r=t[0],s=t[1]);let o=await Wn(r,{echo:n});return e.settings.vars.set(s,o)?{status:"ok"}:(R(`\\${e.cmdName}: invalid variable name "${s}"
`),{status:"error"})}},pa={name:"set",helpKey:"set",run:e=>{let t=e.nextArg("normal");if(t===null){let o=[...e.settings.vars.entries()].sort(([i],[a])=>i<a?-1:i>a?1:0);for(let[i,a]of o)M(`${i} = '${a}'
`);return Promise.resolve({status:"ok"})}let n=[];for(;;){let o=e.nextArg("normal");if(o===null)break;n.push(o)}let r=n.join(""),s=e.settings.vars.trySet(t,r);if(!s.ok){let o=me(e.settings);return s.reason==="invalid-name"?R(`${o}invalid variable name: "${t}"
`):s.error!==void 0?R(`${o}${s.error}
`):R(`${o}error while setting variable "${t}"
`),Promise.resolve({status:"error"})}return Promise.resolve({status:"ok"})}},ma={name:"r",aliases:["reset"],helpKey:"r",run:e=>(e.settings.quiet||M(`Query buffer reset (cleared).
`),Promise.resolve({status:"reset-buf",newBuf:""}))},ga={name:"unset",helpKey:"unset",run:e=>{let t=e.nextArg("normal");return t===null?(R(`\\${e.cmdName}: missing required argument
`),Promise.resolve({status:"error"})):(e.settings.vars.unset(t),Promise.resolve({status:"ok"}))}},ha={name:"getenv",helpKey:"getenv",run:e=>{let t=e.nextArg("normal"),n=e.nextArg("normal");if(t===null||n===null)return R(`\\${e.cmdName}: missing required argument
`),Promise.resolve({status:"error"});let r=process.env[n];return r===void 0?Promise.resolve({status:"ok"}):e.settings.vars.set(t,r)?Promise.resolve({status:"ok"}):(R(`\\${e.cmdName}: invalid variable name "${t}"
`),Promise.resolve({status:"error"}))}},Ea={name:"setenv",helpKey:"setenv",run:e=>{let t=e.nextArg("normal");if(t===null)return R(`\\${e.cmdName}: missing required argument
`),Promise.resolve({status:"error"});if(t.includes("="))return R(`\\${e.cmdName}: environment variable name must not contain "="
`),Promise.resolve({status:"error"});let n=e.nextArg("normal");return n===null?delete process.env[t]:process.env[t]=n,Promise.resolve({status:"ok"})}},me=(e,t)=>{if(e.curCmdSource==="file"&&e.inputfile){let n=t!==void 0?String(t):"";return`psql:${e.inputfile}:${n}: `}return""},Rg=e=>{let t=0,n=e.length;for(;t<n;){let r=e.charCodeAt(t);if(r===32||r===9||r===10||r===13||r===12||r===11){t++;continue}if(r===45&&e.charCodeAt(t+1)===45){for(t+=2;t<n&&e.charCodeAt(t)!==10;)t++;continue}if(r===47&&e.charCodeAt(t+1)===42){t+=2;let s=1;for(;t<n&&s>0;)e.charCodeAt(t)===47&&e.charCodeAt(t+1)===42?(s++,t+=2):e.charCodeAt(t)===42&&e.charCodeAt(t+1)===47?(s--,t+=2):t++;continue}break}return t},Ag=(e,t)=>{if(!e||!t)return null;let n=parseInt(t,10);if(!Number.isFinite(n)||n<=0)return null;let r=Rg(e),s=r===0?e:e.slice(r),o=n-r;if(o<=0)return null;let i=Math.min(o-1,s.length),a=s.lastIndexOf(`
`,i-1);a=a===-1?0:a+1;let l=s.indexOf(`
`,a);l===-1&&(l=s.length);let c=s.slice(a,l),u=(s.slice(0,a).match(/\n/gu)?.length??0)+1,d=i-a,f=c.replace(/[ \t\f\v]+$/u,"").length;d>=f&&d<c.length&&(d=c.length);let m=" ".repeat(Math.max(0,d)),p=`LINE ${String(u)}: `;return{line:`${p}${c}`,caret:`${" ".repeat(p.length)}${m}^`}},Jn=(e,t="default",n="errors")=>{let r=e.severity??"ERROR",s=e.code??e.sqlstate??"XX000",o=e.message??"",i=[];if(t==="sqlstate")return i.push(`${r}:  ${s}`),i;if(t==="verbose")i.push(`${r}:  ${s}: ${o}`);else if(t==="terse"){let l=e.position?Number.parseInt(e.position,10):NaN;return Number.isFinite(l)&&l>0?i.push(`${r}:  ${o} at character ${String(l)}`):i.push(`${r}:  ${o}`),i}else i.push(`${r}:  ${o}`);let a=Ag(e.sqlText,e.position);if(a&&(i.push(a.line),i.push(a.caret)),e.detail&&i.push(`DETAIL:  ${e.detail}`),e.hint&&i.push(`HINT:  ${e.hint}`),(t==="verbose"||n!=="never")&&e.where&&i.push(`CONTEXT:  ${e.where}`),t==="verbose"&&(e.routine||e.file||e.line)){let l=(e.routine??"")+(e.file?`, ${e.file}:${e.line??""}`:"");i.push(`LOCATION:  ${l}`)}return i},Sa={name:"errverbose",helpKey:"errverbose",run:e=>{let t=e.settings.lastErrorResult;if(!t||!t.message&&!t.sqlstate&&!t.code)return M(`There is no previous error.
`),Promise.resolve({status:"ok"});let n=Jn(t,"verbose","always"),r=[me(e.settings)+n[0],...n.slice(1)];return R(r.join(`
`)+`
`),Promise.resolve({status:"ok"})}},Ta={name:"timing",helpKey:"timing",run:e=>{let t=e.nextArg("normal"),n;if(t===null)n=!e.settings.timing;else{let r=nt(t);if(r===null)return R(`\\${e.cmdName}: unrecognized value "${t}" for "\\timing": Boolean expected
`),Promise.resolve({status:"error"});n=r}return e.settings.timing=n,M(`Timing is ${n?"on":"off"}.
`),Promise.resolve({status:"ok"})}},Ng=`PostgreSQL Database Management System
(formerly known as Postgres, then as Postgres95)

Portions Copyright (c) 1996-2024, PostgreSQL Global Development Group

Portions Copyright (c) 1994, The Regents of the University of California

Permission to use, copy, modify, and distribute this software and its
documentation for any purpose, without fee, and without a written agreement
is hereby granted, provided that the above copyright notice and this
paragraph and the following two paragraphs appear in all copies.

IN NO EVENT SHALL THE UNIVERSITY OF CALIFORNIA BE LIABLE TO ANY PARTY FOR
DIRECT, INDIRECT, SPECIAL, INCIDENTAL, OR CONSEQUENTIAL DAMAGES, INCLUDING
LOST PROFITS, ARISING OUT OF THE USE OF THIS SOFTWARE AND ITS DOCUMENTATION,
EVEN IF THE UNIVERSITY OF CALIFORNIA HAS BEEN ADVISED OF THE POSSIBILITY OF
SUCH DAMAGE.

THE UNIVERSITY OF CALIFORNIA SPECIFICALLY DISCLAIMS ANY WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS FOR A PARTICULAR PURPOSE.  THE SOFTWARE PROVIDED HEREUNDER IS
ON AN "AS IS" BASIS, AND THE UNIVERSITY OF CALIFORNIA HAS NO OBLIGATIONS TO
PROVIDE MAINTENANCE, SUPPORT, UPDATES, ENHANCEMENTS, OR MODIFICATIONS.
`,yg=`
This is an embedded psql reimplementation that ships with neon, the
command-line interface for Neon (https://neon.tech). Neon is part of
Databricks (https://www.databricks.com).

It is an independent reimplementation of psql and is not affiliated with
or endorsed by the PostgreSQL Global Development Group. See the neon
LICENSE file for distribution terms.
`,_a={name:"copyright",helpKey:"copyright",run:()=>(M(Ng+yg),Promise.resolve({status:"ok"}))},wg=()=>{let e=process.stdout.columns;return typeof e=="number"&&e>0?e:80},Ra={name:"h",aliases:["help"],helpKey:"h",run:e=>{let t=e.restOfLine();return Ai(process.stdout,t.length===0?null:t,wg()),Promise.resolve({status:"ok"})}},Aa={name:"?",argMode:"whole-line",helpKey:"?",run:e=>{e.restOfLine();let t=process.stdout,n=!!t.isTTY;return qn(t,n),Promise.resolve({status:"ok"})}},Lg=(e=process.env)=>{let t=e.PSQL_EDITOR??e.EDITOR??e.VISUAL;return t!==void 0&&t.length>0?t:process.platform==="win32"?"notepad.exe":"vi"},Na={name:"e",aliases:["edit"],argMode:"whole-line",helpKey:"e",run:e=>{e.restOfLine();let t=Lg(),n=e.queryBuf.length>0&&!e.queryBuf.endsWith(`
`)?e.queryBuf+`
`:e.queryBuf,r=null;try{r=Eg(sa(_g(),"psql.edit."));let s=sa(r,"edit.sql");oa(s,n,"utf8");let o=_s(t,[s],{stdio:"inherit"});if(o.error||o.status!==null&&o.status!==0){let a=o.error?o.error.message:`editor exited with status ${String(o.status)}`;return R(`\\${e.cmdName}: ${a}
`),Promise.resolve({status:"error"})}let i=Sg(s,"utf8");return i.endsWith(`
`)&&(i=i.slice(0,-1)),Promise.resolve({status:"reset-buf",newBuf:i})}catch(s){let o=s instanceof Error?s.message:String(s);return R(`\\${e.cmdName}: ${o}
`),Promise.resolve({status:"error"})}finally{if(r)try{Tg(r,{recursive:!0,force:!0})}catch{}}}},ya={name:"s",helpKey:"s",run:e=>{let t=e.nextArg("normal"),n=Ji().map(r=>r+`
`).join("");if(t===null||t.length===0)return M(n),Promise.resolve({status:"ok"});try{oa(t,n,"utf8")}catch(r){let s=r instanceof Error?r.message:String(r);return R(`\\${e.cmdName}: ${s}
`),Promise.resolve({status:"error"})}return e.settings.quiet||M(`Wrote history to file "${t}".
`),Promise.resolve({status:"ok"})}};T();T();var Og=["aligned","unaligned","wrapped","html","asciidoc","latex","latex-longtable","troff-ms","csv","json"],As=e=>e,La=e=>e==="auto"?"used automatically":e,Oa={name:"a",helpKey:"a",run:e=>{let t=e.settings.popt.topt;return t.format=t.format==="aligned"?"unaligned":"aligned",e.settings.quiet||M(`Output format is ${As(t.format)}.
`),Promise.resolve({status:"ok"})}},ba={name:"C",helpKey:"C",run:e=>{let t=e.nextArg("normal");return Promise.resolve(Dt(e.settings.popt.topt,"title",t,e.cmdName,e.settings.quiet))}},Ia={name:"f",helpKey:"f",run:e=>{let t=e.nextArg("normal");return t===null?(M(`Field separator is "${e.settings.popt.topt.fieldSep}".
`),Promise.resolve({status:"ok"})):(e.settings.popt.topt.fieldSep=t,e.settings.quiet||M(`Field separator is "${t}".
`),Promise.resolve({status:"ok"}))}},Ca={name:"H",helpKey:"H",run:e=>{let t=e.settings.popt.topt;return t.format=t.format==="html"?"aligned":"html",Promise.resolve({status:"ok"})}},va={name:"t",helpKey:"t",run:e=>{let t=e.nextArg("normal");return Promise.resolve(Dt(e.settings.popt.topt,"tuples_only",t,e.cmdName,e.settings.quiet))}},Pa={name:"T",helpKey:"T",run:e=>{let t=e.nextArg("normal");return Promise.resolve(Dt(e.settings.popt.topt,"tableattr",t,e.cmdName,e.settings.quiet))}},Da={name:"x",helpKey:"x",run:e=>{let t=e.nextArg("normal"),n=e.settings.popt.topt,r;if(t===null)r=n.expanded==="on"?"off":"on";else{let s=An(t);if(s===null)return R(`\\${e.cmdName}: unrecognized value "${t}": Boolean expected
`),Promise.resolve({status:"error",errorWritten:!0});s==="toggle"?r=n.expanded==="on"?"off":"on":r=s}return n.expanded=r,M(`Expanded display is ${La(r)}.
`),Promise.resolve({status:"ok"})}},bg=new Set(["sqlascii","eucjp","euccn","euckr","euctw","eucjis2004","utf8","muleinternal","latin1","latin2","latin3","latin4","latin5","latin6","latin7","latin8","latin9","latin10","win1256","win1258","win866","win874","koi8r","win1251","win1252","iso88595","iso88596","iso88597","iso88598","win1250","win1253","win1254","win1255","win1257","koi8u","sjis","big5","gbk","uhc","gb18030","johab","shiftjis2004","unicode","mskanji","shiftjis","windows949","windows950","windows936","tcvn","tcvn5712","vscii","alt","win","koi8","abc"]),Ig=e=>bg.has(e.replace(/[-_]/g,"").toLowerCase()),ka={name:"encoding",helpKey:"encoding",run:async e=>{let t=e.nextArg("normal");if(t===null)return M(`${e.settings.popt.topt.encoding}
`),{status:"ok"};if(!Ig(t))return R(`\\${e.cmdName}: invalid encoding name "${t}"
`),{status:"error",errorWritten:!0};let{db:n}=e.settings;if(n?.setClientEncoding)try{await n.setClientEncoding(t)}catch(r){let s=r instanceof Error?r.message:String(r);return R(`\\${e.cmdName}: ${s}
`),{status:"error",errorWritten:!0}}return e.settings.popt.topt.encoding=t,{status:"ok"}}},Dt=(e,t,n,r,s=!1)=>{let o=s?()=>{}:M,i=t.toLowerCase();switch(i){case"format":{if(n===null)return o(`Output format is ${As(e.format)}.
`),{status:"ok"};let a=n.toLowerCase();if("aligned".startsWith(a)&&"asciidoc".startsWith(a))return R(`\\pset: ambiguous abbreviation "${n}" matches both "aligned" and "asciidoc"
`),{status:"error",errorWritten:!0};let l=Og.find(c=>c.startsWith(a));return l?(e.format=l,o(`Output format is ${As(l)}.
`),{status:"ok"}):(R(`\\pset: allowed formats are aligned, asciidoc, csv, html, json, latex, latex-longtable, troff-ms, unaligned, wrapped
`),{status:"error",errorWritten:!0})}case"border":{if(n===null)return o(`Border style is ${e.border}.
`),{status:"ok"};let a=parseInt(n,10);return!Number.isFinite(a)||a<0||a>3?(R(`\\pset: invalid border "${n}"
`),{status:"error",errorWritten:!0}):(e.border=a,o(`Border style is ${e.border}.
`),{status:"ok"})}case"expanded":case"x":if(n===null)e.expanded=e.expanded==="on"?"off":"on";else{let a=An(n);if(a===null)return R(`\\pset: unrecognized value "${n}" for "expanded": Boolean expected
`),{status:"error",errorWritten:!0};e.expanded=a==="toggle"?e.expanded==="on"?"off":"on":a}return o(`Expanded display is ${La(e.expanded)}.
`),{status:"ok"};case"fieldsep":return n===null?(o(`Field separator is "${e.fieldSep}".
`),{status:"ok"}):(e.fieldSep=n,o(`Field separator is "${e.fieldSep}".
`),{status:"ok"});case"fieldsep_zero":return e.fieldSep="\0",o(`Field separator is zero byte.
`),{status:"ok"};case"footer":if(n!==null){let a=nt(n);return a===null?(R(`\\pset: unrecognized value "${n}" for "footer": Boolean expected
`),{status:"error",errorWritten:!0}):(e.defaultFooter=a,{status:"ok"})}return e.defaultFooter=!e.defaultFooter,o(e.defaultFooter?`Default footer is on.
`:`Default footer is off.
`),{status:"ok"};case"recordsep":return n!==null&&(e.recordSep=n),e.recordSep===`
`?o(`Record separator is <newline>.
`):o(`Record separator is "${e.recordSep}".
`),{status:"ok"};case"recordsep_zero":return e.recordSep="\0",o(`Record separator is zero byte.
`),{status:"ok"};case"tuples_only":case"t":if(n!==null){let a=nt(n);return a===null?(R(`\\pset: unrecognized value "${n}": Boolean expected
`),{status:"error",errorWritten:!0}):(e.tuplesOnly=a,{status:"ok"})}return e.tuplesOnly=!e.tuplesOnly,o(e.tuplesOnly?`Tuples only is on.
`:`Tuples only is off.
`),{status:"ok"};case"title":return e.title=n,o(n===null?`Title is unset.
`:`Title is "${n}".
`),{status:"ok"};case"tableattr":case"t_a":return e.tableAttr=n,o(n===null?`Table attributes unset.
`:`Table attributes are "${n}".
`),{status:"ok"};case"pager":if(n===null)e.pager=e.pager==="off"?"on":"off";else{let a=n.toLowerCase();if(a==="always")e.pager="always";else if(a==="on"||a==="off")e.pager=a;else{let l=nt(n);if(l===null)return R(`\\pset: unrecognized value "${n}" for "pager"
`),{status:"error",errorWritten:!0};e.pager=l?"on":"off"}}return o(e.pager==="always"?`Pager is always used.
`:e.pager==="on"?`Pager is used for long output.
`:`Pager usage is off.
`),{status:"ok"};case"pager_min_lines":{if(n!==null){let l=parseInt(n,10);if(!Number.isFinite(l)||l<0)return R(`\\pset: invalid pager_min_lines "${n}"
`),{status:"error",errorWritten:!0};e.pagerMinLines=l}let a=e.pagerMinLines;return o(`Pager won't be used for less than ${a} ${a===1?"line":"lines"}.
`),{status:"ok"}}case"null":return n!==null&&(e.nullPrint=n),o(`Null display is "${e.nullPrint}".
`),{status:"ok"};case"display_true":return n!==null&&(e.truePrint=n),o(`Boolean true display is "${e.truePrint??"t"}".
`),{status:"ok"};case"display_false":return n!==null&&(e.falsePrint=n),o(`Boolean false display is "${e.falsePrint??"f"}".
`),{status:"ok"};case"csv_fieldsep":if(n!==null){if(n.length!==1||n==="\0")return R(`\\pset: csv_fieldsep must be a single one-byte character
`),{status:"error",errorWritten:!0};if(n==='"'||n===`
`||n==="\r")return R(`\\pset: csv_fieldsep cannot be a double quote, a newline, or a carriage return
`),{status:"error",errorWritten:!0};e.csvFieldSep=n}return o(`Field separator for CSV is "${e.csvFieldSep}".
`),{status:"ok"};case"numericlocale":if(n!==null){let a=An(n);return a===null||a==="auto"?(R(`\\pset: unrecognized value "${n}" for "numericlocale": Boolean expected
`),{status:"error",errorWritten:!0}):(e.numericLocale=a==="toggle"?!e.numericLocale:a==="on",{status:"ok"})}return e.numericLocale=!e.numericLocale,o(e.numericLocale?`Locale-adjusted numeric output is on.
`:`Locale-adjusted numeric output is off.
`),{status:"ok"};case"linestyle":{if(n===null)return o(`Line style is ${e.unicodeBorderLineStyle}.
`),{status:"ok"};let a=n.toLowerCase();if(a==="ascii"||a==="old-ascii"||a==="unicode"){let l=a;return e.unicodeBorderLineStyle=l,e.unicodeColumnLineStyle=l,e.unicodeHeaderLineStyle=l,o(`Line style is ${l}.
`),{status:"ok"}}return R(`\\pset: allowed line styles are ascii, old-ascii, unicode
`),{status:"error",errorWritten:!0}}case"columns":if(n!==null){let a=parseInt(n,10);if(!Number.isFinite(a)||a<0)return R(`\\pset: invalid columns "${n}"
`),{status:"error",errorWritten:!0};e.columns=a}return e.columns===0?o(`Target width is unset.
`):o(`Target width is ${e.columns}.
`),{status:"ok"};case"xheader_width":{if(n!==null){let l=n.toLowerCase();if(l==="full"||l==="column"||l==="page")e.xheaderWidth=l;else{let c=parseInt(n,10);if(!Number.isFinite(c)||c<=0||!/^[+]?\d+$/.test(n.trim()))return R(`\\pset: allowed xheader_width values are "full" (default), "column", "page", or a number specifying the exact width
`),{status:"error",errorWritten:!0};e.xheaderWidth=c}}let a=e.xheaderWidth??"full";return o(typeof a=="number"?`Expanded header width is ${a}.
`:`Expanded header width is "${a}".
`),{status:"ok"}}case"unicode_border_linestyle":case"unicode_column_linestyle":case"unicode_header_linestyle":{let a=i==="unicode_border_linestyle"?"border":i==="unicode_column_linestyle"?"column":"header";if(n!==null){let l=n.toLowerCase();if(l!=="single"&&l!=="double")return R(`\\pset: ${i} must be single or double
`),{status:"error",errorWritten:!0};let c=l;i==="unicode_border_linestyle"?e.unicodeBorderStyle=c:i==="unicode_column_linestyle"?e.unicodeColumnStyle=c:e.unicodeHeaderStyle=c}return o(`Unicode ${a} line style is "${i==="unicode_border_linestyle"?e.unicodeBorderStyle??"single":i==="unicode_column_linestyle"?e.unicodeColumnStyle??"single":e.unicodeHeaderStyle??"single"}".
`),{status:"ok"}}default:return R(`\\pset: unknown option "${t}"
`),{status:"error",errorWritten:!0}}},Ge=e=>{let t="'";for(let n of e)n===`
`?t+="\\n":n==="'"?t+="\\'":t+=n;return t+="'",t},Cg=e=>e==="off"?0:e==="on"?1:2,vg=e=>typeof e=="number"?String(e):e,wa=e=>{M(`border                   ${e.border}
`),M(`columns                  ${e.columns}
`),M(`csv_fieldsep             ${Ge(e.csvFieldSep)}
`),M(`display_false            ${Ge(e.falsePrint??"f")}
`),M(`display_true             ${Ge(e.truePrint??"t")}
`),M(`expanded                 ${e.expanded}
`),M(`fieldsep                 ${Ge(e.fieldSep)}
`),M(`fieldsep_zero            ${e.fieldSep==="\0"?"on":"off"}
`),M(`footer                   ${e.defaultFooter?"on":"off"}
`),M(`format                   ${e.format}
`),M(`linestyle                ${e.unicodeBorderLineStyle}
`),M(`null                     ${Ge(e.nullPrint)}
`),M(`numericlocale            ${e.numericLocale?"on":"off"}
`),M(`pager                    ${Cg(e.pager)}
`),M(`pager_min_lines          ${e.pagerMinLines}
`),M(`recordsep                ${Ge(e.recordSep)}
`),M(`recordsep_zero           ${e.recordSep==="\0"?"on":"off"}
`),M(`tableattr                ${e.tableAttr===null?"":Ge(e.tableAttr)}
`),M(`title                    ${e.title===null?"":Ge(e.title)}
`),M(`tuples_only              ${e.tuplesOnly?"on":"off"}
`),M(`unicode_border_linestyle ${e.unicodeBorderStyle??"single"}
`),M(`unicode_column_linestyle ${e.unicodeColumnStyle??"single"}
`),M(`unicode_header_linestyle ${e.unicodeHeaderStyle??"single"}
`),M(`xheader_width            ${vg(e.xheaderWidth??"full")}
`)},Pg=e=>{let t=[],n=0,r=s=>s===" "||s==="	"||s===`
`||s==="\r"||s==="\f"||s==="\v";for(;n<e.length;){for(;n<e.length&&r(e[n]);)n++;if(n>=e.length||e[n]==="\\")break;let s="";for(;n<e.length&&!r(e[n])&&e[n]!=="\\";){let o=e[n];if(o==="'"){let i=n+1,a="";for(;i<e.length&&e[i]!=="'";){if(e[i]==="\\"&&i+1<e.length){a+=e[i]+e[i+1],i+=2;continue}a+=e[i],i++}s+=`'${a}'`,n=i<e.length?i+1:i;continue}if(o==='"'){let i=n+1,a="";for(;i<e.length&&e[i]!=='"';)a+=e[i],i++;s+=`"${a}"`,n=i<e.length?i+1:i;continue}if(o==="`"){let i=n+1,a="";for(;i<e.length&&e[i]!=="`";)a+=e[i],i++;s+=a,n=i<e.length?i+1:i;continue}s+=o,n++}t.push({arg:s,endIdx:n})}return t},Ma={name:"pset",helpKey:"pset",run:e=>{let t=Pg(e.rawArgs);if(t.length===0)return wa(e.settings.popt.topt),Promise.resolve({status:"ok"});let n=t.length>=2?t[1].endIdx:t[0].endIdx,r=e.rawArgs.slice(0,n),o=at(r,"normal",c=>e.settings.vars.get(c)),i=o[0]??null;if(i===null)return wa(e.settings.popt.topt),Promise.resolve({status:"ok"});let a=o[1]??null,l=Dt(e.settings.popt.topt,i,a,e.cmdName,e.settings.quiet);for(let c=2;c<t.length;c++)R(`\\${e.cmdName}: extra argument "${t[c].arg}" ignored
`);return Promise.resolve(l)}};import{closeSync as Ns,createWriteStream as Dg,fsyncSync as kg,openSync as Mg,promises as $g}from"node:fs";import*as Tt from"node:path";import{platform as Ug}from"node:os";import{spawn as qa}from"node:child_process";var rr=e=>e.txStatus??"I",Zn="pg_psql_temporary_savepoint",er="_psql_cursor",Ut=e=>{let t=0,n=e.length;for(;t<n;){let r=e.charCodeAt(t);if(r===32||r===9||r===10||r===13||r===12||r===11){t++;continue}if(r===45&&e.charCodeAt(t+1)===45){for(t+=2;t<n&&e.charCodeAt(t)!==10;)t++;continue}if(r===47&&e.charCodeAt(t+1)===42){t+=2;let s=1;for(;t<n&&s>0;)e.charCodeAt(t)===47&&e.charCodeAt(t+1)===42?(s++,t+=2):e.charCodeAt(t)===42&&e.charCodeAt(t+1)===47?(s--,t+=2):t++;continue}break}return t===0?e:e.slice(t)},Is=(e,t=3)=>{let n=0;for(;n<e.length;){let r=e[n];if(r===" "||r==="	"||r===`
`||r==="\r"){n++;continue}if(r==="-"&&e[n+1]==="-"){let s=e.indexOf(`
`,n+2);if(s===-1)return[];n=s+1;continue}if(r==="/"&&e[n+1]==="*"){let s=e.indexOf("*/",n+2);if(s===-1)return[];n=s+2;continue}break}return e.slice(n).split(/[\s,;()]+/u,t+1).slice(0,t).map(r=>r.toUpperCase())},Hg=e=>{let[t,n,r,s]=Is(e,4);if(!t)return!1;switch(t){case"ABORT":case"BEGIN":case"COMMIT":case"END":case"ROLLBACK":case"START":case"SAVEPOINT":case"RELEASE":return!0;case"PREPARE":return n==="TRANSACTION";case"VACUUM":return!0;case"CLUSTER":return n===void 0||n==="";case"CREATE":return n==="DATABASE"||n==="TABLESPACE"||n==="INDEX"&&r==="CONCURRENTLY"||n==="UNIQUE"&&r==="INDEX"&&s==="CONCURRENTLY";case"DROP":return n==="DATABASE"||n==="TABLESPACE"||n==="INDEX"&&r==="CONCURRENTLY";case"REINDEX":return n==="DATABASE"||n==="SYSTEM"||n==="INDEX"&&r==="CONCURRENTLY"||n==="TABLE"&&r==="CONCURRENTLY";case"ALTER":return n==="SYSTEM";case"DISCARD":return n==="ALL";default:return!1}},Fg=e=>{let[t]=Is(e,1);return t==="SELECT"||t==="VALUES"||t==="TABLE"||t==="WITH"},qg=e=>{let[t]=Is(e,1);return t==="COMMIT"||t==="ROLLBACK"||t==="SAVEPOINT"||t==="RELEASE"},Ba=e=>{switch(e.popt.topt.format){case"aligned":case"wrapped":return ae;case"unaligned":return ht;case"csv":return ut;case"json":return ft;case"html":return dt;case"asciidoc":return ct;case"latex":return pt;case"latex-longtable":return mt;case"troff-ms":return gt;default:return ae}},en=(e,t)=>t||(Cs(e.settings)??e.stdout),Bg=e=>e.vars.asBool("AUTOCOMMIT",!0),xg=e=>{let t=e.vars.get("ON_ERROR_ROLLBACK");if(t===void 0)return e.onErrorRollback;let n=t.toLowerCase();return n==="interactive"?"interactive":n==="on"||n==="true"||n==="yes"||n==="1"?"on":"off"},Wg=e=>{let t=e.vars.asInt("FETCH_COUNT",e.fetchCount);return typeof t!="number"?0:Math.max(0,t|0)},Vg=e=>e.singlestep||e.vars.asBool("SINGLESTEP",!1),xa=e=>e.vars.asBool("SHOW_ALL_RESULTS",!0),Wa=(e,t)=>{e.stderr.write(`psql: ERROR:  ${t}
`)},Et=(e,t)=>{let n=e.settings.lastErrorResult;if(!n||!n.message&&!n.code&&!n.sqlstate){Wa(e,t);return}let r=Jn(n,e.settings.verbosity,e.settings.showContext),s=[me(e.settings)+r[0],...r.slice(1)];e.stderr.write(s.join(`
`)+`
`)},Gg=(e,t)=>{let n=0;for(;n<e.length;){let i=e.charCodeAt(n);if(i!==32&&i!==9&&i!==10&&i!==13&&i!==12)break;n++}if(n===0)return{sqlText:e,position:t};let r=e.slice(n);if(typeof t!="string")return{sqlText:r,position:t};let s=parseInt(t,10);if(!Number.isFinite(s)||s<=0)return{sqlText:r,position:t};let o=s-n;return o<=0||o>r.length?{sqlText:r,position:void 0}:{sqlText:r,position:String(o)}},tn=(e,t,n)=>{let r=t instanceof Error?t.message:String(t),s=t??{},o=s.code,i=Gg(n,s.position);return e.lastErrorResult={severity:s.severity,code:o,sqlstate:o,message:s.message??r,detail:s.detail,hint:s.hint,position:i.position,internalPosition:s.internalPosition,internalQuery:s.internalQuery,where:s.where,schema:s.schema,table:s.table,column:s.column,dataType:s.dataType,constraint:s.constraint,file:s.file,line:s.line,routine:s.routine,sqlText:i.sqlText},e.lastErrorResult.message??r},tr=(e,t,n="")=>tn(e.settings,t,n),Ue=(e,t)=>{let{vars:n}=e;if(t.kind==="error"){let s=e.lastErrorResult,o=s?.code??s?.sqlstate??"XX000",i=s?.message??"";n.set("LAST_ERROR_MESSAGE",i),n.set("LAST_ERROR_SQLSTATE",o),n.set("SQLSTATE",o),n.set("ERROR","true"),n.set("ROW_COUNT","0");return}n.set("SQLSTATE","00000"),n.set("ERROR","false");let r=t.rowCount??0;n.set("ROW_COUNT",String(r))},Yg=e=>new Promise(t=>{let n="",r=!1,s=a=>{n+=a.toString();let l=n.indexOf(`
`);if(l!==-1){let c=n.slice(0,l);i(),r||(r=!0,t(c))}},o=()=>{i(),r||(r=!0,t(n))},i=()=>{e.off("data",s),e.off("end",o),e.off("close",o)};e.on("data",s),e.once("end",o),e.once("close",o)}),Qg=async(e,t)=>(e.stderr.write(`***(Single step mode: verify command)*******************************************
${t}
***(press return to proceed or enter x and return to cancel)********************
`),!(await Yg(e.stdin)).trim().toLowerCase().startsWith("x")),jg=e=>{let t=(e.command||"").trim();return t.length===0?"":t==="INSERT"?`INSERT ${e.oid??0} ${e.rowCount??0}`:e.rowCount!==null&&e.rowCount!==void 0?`${t} ${e.rowCount}`:t},Kg=(e,t,n)=>{let r=e.settings.popt.topt;if(r.pager==="off")return!1;let s=Cs(e.settings)!==null;if(s)return!1;let o=xa(e.settings),i=t.length-1;for(let a=0;a<t.length;a++){let l=t[a];if(l.fields.length!==0&&(o||a===i)&&hi({pager:r.pager,pagerMinLines:r.pagerMinLines,rowCount:l.rows.length,colCount:l.fields.length,output:n,redirectedOutput:s}))return!0}return!1},ys=async(e,t,n)=>{let r=Ba(e.settings),s=0,o=0,i=xa(e.settings),a=t.length-1,l=e.settings.popt.topt.tuplesOnly,c=Kg(e,t,n)?Hn({pager:e.settings.popt.topt.pager,pagerMinLines:e.settings.popt.topt.pagerMinLines,stdout:n}):null,u=c?.spawned?c.out:n;try{for(let f=0;f<t.length;f++){let m=t[f],p=i||f===a;if(m.copyOutBytes&&m.copyOutBytes.length>0)for(let g of m.copyOutBytes)u.write(g);if(m.fields.length===0){if(p&&!l&&!e.settings.quiet&&!m.copyOutBytes){let g=jg(m);g.length>0&&u.write(`${g}
`)}s+=m.rowCount??0}else p&&await r.printQuery(m,e.settings.popt,u),o+=m.rows.length}}finally{if(c?.spawned)try{await c.close()}catch{}}let d=t.length===0?null:(()=>{let f=t[t.length-1];return f.fields.length>0?f.rows.length:f.rowCount??null})();return{rowsAffected:s,rowsPrinted:o,lastRowCount:d}},Va=(e,t,n)=>ys(e,[t],n??en(e)),Xg=(e,t,n)=>{if(!e||typeof e!="object")return;let r=e;if(typeof r.position!="string")return;let s=parseInt(r.position,10);if(!Number.isFinite(s)||s<=0)return;let o=n.replace(/;\s*$/u,""),i=t.indexOf(o);if(i===-1)return;let a=s-i;if(a<=0||a>n.length){delete r.position;return}r.position=String(a)},zg=async(e,t,n,r)=>{if(!e.settings.db)throw new Error("no connection to the server");let s=e.settings.db,o=rr(s)==="I";o&&await s.execSimple("BEGIN");let i=t.replace(/;\s*$/u,""),a=`DECLARE ${er} NO SCROLL CURSOR FOR ${i}`,l=`FETCH FORWARD ${String(n)} FROM ${er}`,c=0,u=0,d=!1,f=a,m=Ba(e.settings),p=null;try{for(await s.execSimple(a),d=!0;;){f=l;let g=await s.execSimple(l);if(g.length===0)break;let h=g[g.length-1],E=h.rows.length;if(E===0)break;if(p===null)p={command:h.command,fields:h.fields,rows:h.rows.slice(),rowCount:h.rowCount,oid:h.oid,notices:h.notices};else for(let S of h.rows)p.rows.push(S);if(u+=E,E<n)break}return p!==null&&(p.rowCount=p.rows.length,await m.printQuery(p,e.settings.popt,r)),await s.execSimple(`CLOSE ${er}`),d=!1,o&&await s.execSimple("COMMIT"),{rowsAffected:c,rowsPrinted:u,lastRowCount:u}}catch(g){if(p!==null){p.rowCount=p.rows.length;let h={...e.settings.popt,topt:{...e.settings.popt.topt,defaultFooter:!1,stopTable:!1}};try{await m.printQuery(p,h,r)}catch{}}if(Xg(g,f,t),d)try{await s.execSimple(`CLOSE ${er}`)}catch{}if(o)try{await s.execSimple("ROLLBACK")}catch{}throw g}};var nn=async(e,t,n={})=>{let r=Ut(t),s={rowsAffected:0,rowsPrinted:0,fetched:!1,hadError:!1,durationMs:0};if(e.settings.lastQuery=r,!e.settings.db)return Wa(e,"no connection to the server"),s.hadError=!0,s;if(Vg(e.settings)&&!await Qg(e,r))return s.hadError=!0,e.settings.lastErrorResult={message:"command cancelled by user"},s;let o=e.settings.db,i=Bg(e.settings),a=xg(e.settings),l=!e.settings.notty,c=e.settings.timing?performance.now():0;if(!i&&rr(o)==="I"&&!Hg(r))try{await o.execSimple("BEGIN")}catch(g){let h=tr(e,g);return Et(e,h),s.hadError=!0,e.settings.timing&&(s.durationMs=performance.now()-c,e.stdout.write(`
`+vt(s.durationMs)+`
`)),s}let u=a!=="off"&&(a==="on"||a==="interactive"&&l)&&rr(o)==="T",d=!1;if(u)try{await o.execSimple(`SAVEPOINT ${Zn}`),d=!0}catch(g){let h=tr(e,g);return Et(e,h),s.hadError=!0,e.settings.timing&&(s.durationMs=performance.now()-c,e.stdout.write(`
`+vt(s.durationMs)+`
`)),s}let f=en(e,n.oneShotOut),m=Wg(e.settings),p=null;try{if(m>0&&Fg(r)){let g=await zg(e,r,m,f);s.rowsAffected=g.rowsAffected,s.rowsPrinted=g.rowsPrinted,s.fetched=!0,p=g.lastRowCount}else{let g=await o.execSimple(r),h=await ys(e,g,f);s.rowsAffected=h.rowsAffected,s.rowsPrinted=h.rowsPrinted,p=h.lastRowCount}}catch(g){let h=g.partialResults;if(h&&h.length>0)try{let S=await ys(e,h,f);s.rowsAffected=S.rowsAffected,s.rowsPrinted=S.rowsPrinted}catch{}let E=tr(e,g,r);Et(e,E),s.hadError=!0}if(d)try{s.hadError?(await o.execSimple(`ROLLBACK TO SAVEPOINT ${Zn}`),await o.execSimple(`RELEASE SAVEPOINT ${Zn}`)):!qg(r)&&rr(o)==="T"&&await o.execSimple(`RELEASE SAVEPOINT ${Zn}`)}catch(g){if(!s.hadError){let h=tr(e,g);Et(e,h),s.hadError=!0}}if(s.hadError&&e.settings.echo==="errors"){let g=r;for(;;){let h=g.length;if(g=g.replace(/^[ \t\n\r\f]+/,""),g=g.replace(/^--[^\n\r]*/,""),g.length===h)break}g.endsWith(`
`)&&(g=g.slice(0,-1)),e.stderr.write(`STATEMENT:  ${g}
`)}return Ue(e.settings,s.hadError?{kind:"error"}:{kind:"success",rowCount:p}),e.settings.timing&&(s.durationMs=performance.now()-c,e.stdout.write(`
`+vt(s.durationMs)+`
`)),s};var zt=Symbol.for("neonctl.psql.queryFout"),Cs=e=>e[zt]?.stream??null,Jg=(e,t)=>{let n=e;t===null?n[zt]=void 0:n[zt]=t},Zg=async e=>{let t=e,n=t[zt];n&&(t[zt]=void 0,await n.close())},$a={ref:null},j=(e,t)=>{e.settings.lastErrorResult={message:t};let n=me(e.settings);return R(`${n}\\${e.cmdName}: ${t}
`),{status:"error",errorWritten:!0}},ws=Symbol.for("neonctl.psql.pipelineGateErrors"),eh=e=>{let t=e,n=t[ws];return n||(n=[],t[ws]=n),n},Ua=e=>{let t=e;t[ws]=void 0},rn=e=>{if(e.settings.sendMode!=="extended-pipeline")return null;let t=e.cmdName==="gdesc"?"synchronous command execution functions are not allowed in pipeline mode":`\\${e.cmdName} not allowed in pipeline mode`;e.settings.lastErrorResult={message:t};let n=me(e.settings);if(e.cmdName==="gdesc"){let r=eh(e.settings);r.push(t);for(let s of r)R(`${n}${s}
`)}else R(`${n}${t}
`);return{status:"error",errorWritten:!0}},th=new Set(["AUTOCOMMIT","COMP_KEYWORD_CASE","ECHO","ECHO_HIDDEN","FETCH_COUNT","HIDE_TABLEAM","HIDE_TOAST_COMPRESSION","HISTCONTROL","HISTFILE","HISTSIZE","IGNOREEOF","ON_ERROR_ROLLBACK","ON_ERROR_STOP","PROMPT1","PROMPT2","PROMPT3","QUIET","SHOW_ALL_RESULTS","SHOW_CONTEXT","SINGLELINE","SINGLESTEP","VERBOSITY"]),nh=(e,t)=>e.vars.hasSubstituteHook(t)||th.has(t),rh=e=>e.replace(/\/\*[\s\S]*?\*\//gu,"").replace(/--[^\n]*/gu,""),sh=e=>/\bCOPY\b[\s\S]*?\bTO\s+STDOUT\b/iu.test(rh(e)),Mt=(e,t,n)=>{let r=tn(e.settings,t,n),s=e.settings.lastErrorResult;if(s){let o=Jn(s,e.settings.verbosity,e.settings.showContext),i=[me(e.settings)+o[0],...o.slice(1)];R(i.join(`
`)+`
`)}else{let o=me(e.settings);R(`${o}ERROR:  ${r}
`)}return Ue(e.settings,{kind:"error"}),{status:"error",errorWritten:!0}},vs=e=>{if(e.startsWith("|")){let s=e.slice(1),o=qa("sh",["-c",s],{stdio:["pipe","inherit","inherit"]});return o.stdin.on("error",i=>{if(i.code!=="EPIPE")throw i}),{stream:o.stdin,isPipe:!0,close:()=>new Promise(i=>{let a=!1,l=(c,u)=>{a||(a=!0,i({exitCode:c,signal:u}))};o.once("close",(c,u)=>{l(c,u)}),o.once("error",()=>{l(127,null)}),o.stdin.destroyed||o.stdin.end()})}}let t=Mg(e,"w"),n=Dg(e,{encoding:"utf8",fd:t,autoClose:!1}),r=null;return n.on("error",s=>{r=r??s}),{stream:n,isPipe:!1,close:()=>new Promise((s,o)=>{if(r!==null){try{Ns(t)}catch{}o(r);return}n.end(i=>{if(i){try{Ns(t)}catch{}o(i);return}try{kg(t)}catch{}try{Ns(t)}catch(a){o(a);return}if(Ug()==="darwin"){setTimeout(()=>{s({})},25);return}s({})})})}},oh=e=>{switch(e.code){case"ENOENT":return"No such file or directory";case"EACCES":return"Permission denied";case"EISDIR":return"Is a directory";case"ENOTDIR":return"Not a directory";case"EEXIST":return"File exists";case"EROFS":return"Read-only file system";case"ELOOP":return"Too many levels of symbolic links";case"ENAMETOOLONG":return"File name too long";case"ENOSPC":return"No space left on device";case"EMFILE":return"Too many open files";case"ENFILE":return"Too many open files in system";case"EIO":return"Input/output error";case"EFBIG":return"File too large";case"EDQUOT":return"Disk quota exceeded";case"EPERM":return"Operation not permitted";case"EINVAL":return"Invalid argument";default:{let t=/^[A-Z]+: ([^,]+)/.exec(e.message);return t?t[1]:e.message}}},Ps=(e,t,n)=>{let r=`${t}: ${oh(n)}`;e.settings.lastErrorResult={message:r};let s=me(e.settings);return R(`${s}${r}
`),{status:"error",errorWritten:!0}},Ds=e=>{if(!e||typeof e!="object")return!1;let t=e;return typeof t.code=="string"&&t.code.startsWith("E")},ih=(e,t)=>t?`child process was terminated by signal: ${t}`:e==null||e===0?null:e===127?"command not found":e===126?"command was not executable":`child process exited with exit code ${String(e)}`,ah=e=>{let t=(e.command||"").trim();return t.length===0?"":t==="INSERT"?`INSERT ${String(e.oid??0)} ${String(e.rowCount??0)}`:e.rowCount!==null&&e.rowCount!==void 0?`${t} ${String(e.rowCount)}`:t},St=async(e,t,n)=>{if(t.copyOutBytes&&t.copyOutBytes.length>0)for(let r of t.copyOutBytes)n.write(r);if(t.fields.length===0){if(!e.popt.topt.tuplesOnly&&!e.quiet&&!t.copyOutBytes){let r=ah(t);r.length>0&&n.write(`${r}
`)}return}await Ga(e).printQuery(t,e.popt,n)},Ga=e=>{switch(e.popt.topt.format){case"aligned":case"wrapped":return ae;case"unaligned":return ht;case"csv":return ut;case"json":return ft;case"html":return dt;case"asciidoc":return ct;case"latex":return pt;case"latex-longtable":return mt;case"troff-ms":return gt;default:return ae}},Ht=(e,t)=>t||(Cs(e)??process.stdout),Ya=async(e,t)=>{let n=e.nextArg("normal");if(n===null||n.length===0)return j(e,"missing required argument");let r;Tt.isAbsolute(n)?r=n:t&&e.settings.inputfile?r=Tt.resolve(Tt.dirname(e.settings.inputfile),n):r=Tt.resolve(process.cwd(),n);let s;try{s=await $g.readFile(r,"utf8")}catch(a){let l=a instanceof Error?a.message:String(a);return j(e,l)}if(!e.settings.db)return j(e,"no connection to the server");let o=s.trim();if(o.length===0)return{status:"ok"};let i=e.settings.inputfile;e.settings.inputfile=r;try{let a=await e.settings.db.execSimple(o),l=Ht(e.settings,null);for(let c of a)await St(e.settings,c,l);return{status:"ok"}}catch(a){let l=a instanceof Error?a.message:String(a);return j(e,l)}finally{e.settings.inputfile=i}},lh={name:"i",aliases:["include"],helpKey:"i",run:e=>Ya(e,!1)},ch={name:"ir",aliases:["include_relative"],helpKey:"ir",run:e=>Ya(e,!0)},uh={name:"o",aliases:["out"],helpKey:"o",async run(e){let t=e.nextArg("filepipe");if(await Zg(e.settings),t===null||t.length===0)return{status:"ok"};try{let n=vs(t);return Jg(e.settings,n),{status:"ok"}}catch(n){if(!t.startsWith("|")&&Ds(n))return Ps(e,t,n);let r=n instanceof Error?n.message:String(n);return j(e,r)}}},dh={name:"w",aliases:["write"],helpKey:"w",async run(e){let t=e.nextArg("filepipe");if(t===null||t.length===0)return j(e,"missing required argument");let n;try{n=vs(t)}catch(r){if(!t.startsWith("|")&&Ds(r))return Ps(e,t,r);let s=r instanceof Error?r.message:String(r);return j(e,s)}try{await new Promise((r,s)=>{n.stream.write(e.queryBuf,o=>{o?s(o):r()})})}catch(r){let s=r instanceof Error&&r.code==="EPIPE";if(!n.isPipe||!s){try{await n.close()}catch{}let o=r instanceof Error?r.message:String(r);return j(e,o)}}try{let r=await n.close();if(n.isPipe){let s=ih(r.exitCode,r.signal);if(s!==null){let o=`${t}: ${s}`;e.settings.lastErrorResult={message:o};let i=me(e.settings);return R(`${i}${o}
`),{status:"error",errorWritten:!0}}}return{status:"ok"}}catch(r){let s=r instanceof Error?r.message:String(r);return j(e,s)}}},fh=e=>{let t=[],n=0;for(;n<e.length;){for(;n<e.length&&/\s/.test(e[n]);)n++;if(n>=e.length)break;let r=n;for(;n<e.length&&e[n]!=="="&&!/\s/.test(e[n]);)n++;let s=e.slice(r,n);if(s.length===0)break;let o="";if(e[n]==="=")if(n++,e[n]==="'"){for(n++;n<e.length&&e[n]!=="'";){if(e[n]==="\\"&&n+1<e.length){let i=e[n+1];i==="n"?o+=`
`:i==="t"?o+="	":i==="r"?o+="\r":i==="\\"?o+="\\":i==="'"?o+="'":o+=i,n+=2;continue}o+=e[n++]}e[n]==="'"&&n++}else{let i=n;for(;n<e.length&&!/\s/.test(e[n]);)n++;o=e.slice(i,n)}t.push({option:s,value:o})}return t},Qa=async(e,t)=>{let n=rn(e);if(n!==null)return n;let r=Ut(e.queryBuf),s=r.trim(),o,i=null,a=e.rawArgs.trimStart();if(a.startsWith("(")){let E=a.indexOf(")");if(E===-1)return j(e,"missing right parenthesis in \\g options");i=fh(a.slice(1,E).trim());let S=a.slice(E+1).trim();o=S.length>0?S:null}else o=e.nextArg("filepipe");let l=s.length>0?s:e.settings.lastQuery,c=Ih(e.settings);if(l.length===0&&!c)return{status:"reset-buf",newBuf:""};if(!e.settings.db)return j(e,"no connection to the server");let u=null;if(o!==null&&o.length>0)try{u=vs(o)}catch(E){if(!o.startsWith("|")&&Ds(E))return Ps(e,o,E);let S=E instanceof Error?E.message:String(E);return j(e,S)}let d=e.settings.popt.topt,f={...d};if(t&&(d.expanded="on"),i)for(let{option:E,value:S}of i)Dt(d,E,S,e.cmdName,!0);e.settings.lastQuery=l;let m=Jt(e.settings),p=null,g=null;try{let E=Ht(e.settings,u?.stream??null);if(m?.byName){let S=vh(e.settings,m.name);if(!S)p=Object.assign(new Error(`prepared statement "${m.name}" does not exist`),{severity:"ERROR",code:"26000"});else{let _=await S.bindAndExecute(m.values);await St(e.settings,_,E)}}else if(m){let S=await e.settings.db.query(l,m.values);await St(e.settings,S,E)}else{sh(l)&&(g=e.settings.db,g.copyOutMidBatchSink=_=>{E.write(_)});let S=await e.settings.db.execSimple(l);for(let _ of S)await St(e.settings,_,E)}}catch(E){p=E}finally{Object.assign(d,f),g&&(g.copyOutMidBatchSink=null)}let h=null;if(u)try{await u.close()}catch(E){h=E instanceof Error?E.message:String(E)}return p!==null?Mt(e,p,s.length>0?r:l):h!==null?j(e,h):{status:"reset-buf",newBuf:""}},ph={name:"g",helpKey:"g",run:e=>Qa(e,!1)},mh={name:"gx",helpKey:"gx",run:e=>Qa(e,!0)},gh={name:"p",aliases:["print"],helpKey:"p",run:e=>(e.queryBuf.trim().length>0?M(`${e.queryBuf}
`):e.settings.lastQuery.length>0?M(`${e.settings.lastQuery}
`):e.settings.quiet||M(`Query buffer is empty.
`),Promise.resolve({status:"ok"}))},ja=e=>{if(e==null)return"";if(typeof e=="string")return e;if(Buffer.isBuffer(e))return e.toString("utf8");if(typeof e=="number"||typeof e=="boolean"||typeof e=="bigint")return String(e);try{return JSON.stringify(e)}catch{return""}},hh={name:"gset",helpKey:"gset",async run(e){let t=rn(e);if(t!==null)return t;let n=Ut(e.queryBuf),r=n.trim(),s=e.nextArg("normal")??"",o=r.length>0?r:e.settings.lastQuery.trim();if(o.length===0)return{status:"reset-buf",newBuf:""};if(!e.settings.db)return j(e,"no connection to the server");e.settings.lastQuery=o;let i;try{i=await e.settings.db.execSimple(o)}catch(u){return Mt(e,u,r.length>0?n:o)}if(i.length>1){let u=Ht(e.settings,null);for(let d=0;d<i.length-1;d++)await St(e.settings,i[d],u)}let a=i[i.length-1];if(!a||a.fields.length===0)return{status:"reset-buf",newBuf:""};let l=a;if(l.rows.length===0){e.settings.lastErrorResult={message:"no rows returned for \\gset"};let u=me(e.settings);return R(`${u}no rows returned for \\gset
`),{status:"error",errorWritten:!0}}if(l.rows.length>1){e.settings.lastErrorResult={message:"more than one row returned for \\gset"};let u=me(e.settings);return R(`${u}more than one row returned for \\gset
`),{status:"error",errorWritten:!0}}let c=l.rows[0];for(let u=0;u<l.fields.length;u++){let d=l.fields[u].name,f=`${s}${d}`,m=c[u],p=m==null;if(nh(e.settings,f)){let h=me(e.settings);R(`${h}attempt to \\gset into specially treated variable "${f}" ignored
`);continue}if(p){e.settings.vars.unset(f);continue}let g=ja(m);if(!e.settings.vars.set(f,g)){e.settings.lastErrorResult={message:`invalid variable name: "${d}"`};let h=me(e.settings);return R(`${h}invalid variable name: "${d}"
`),{status:"error",errorWritten:!0}}}return{status:"reset-buf",newBuf:""}}},Eh=e=>e.length===0?null:`SELECT name AS "Column", pg_catalog.format_type(tp, tpm) AS "Type" FROM (VALUES ${e.map((t,n)=>{let r=t.name.replace(/'/gu,"''"),s=String(t.dataTypeID>>>0),o=String(t.dataTypeModifier|0);return`(${String(n)}, '${r}', ${s}::oid, ${o}::int4)`}).join(", ")}) AS x(_idx, name, tp, tpm) ORDER BY _idx`,Sh=[{name:"Column",tableID:0,columnID:0,dataTypeID:25,dataTypeSize:-1,dataTypeModifier:-1,format:0},{name:"Type",tableID:0,columnID:0,dataTypeID:25,dataTypeSize:-1,dataTypeModifier:-1,format:0}],Th=e=>({command:"SELECT",rowCount:e.length,oid:null,fields:Sh,rows:e,notices:[]}),_h={name:"gdesc",helpKey:"gdesc",async run(e){let t=rn(e);if(t!==null)return t;let n=Ut(e.queryBuf),r=n.trim();if(r.length===0)return process.stdout.write(`The command has no result, or the result has no columns.
`),Ue(e.settings,{kind:"success",rowCount:0}),{status:"reset-buf",newBuf:""};if(!e.settings.db)return j(e,"no connection to the server");e.settings.lastQuery=r;let s;try{let u=await e.settings.db.prepare("",r);s=await u.describe();try{await u.close()}catch{}}catch(u){return Mt(e,u,n)}if(s.length===0)return process.stdout.write(`The command has no result, or the result has no columns.
`),Ue(e.settings,{kind:"success",rowCount:0}),{status:"reset-buf",newBuf:""};let o,i=Eh(s);if(i===null)o=[];else{let u=()=>s.map(d=>[d.name,String(d.dataTypeID)]);try{let d=await e.settings.db.execSimple(i),f=d[d.length-1];o=f&&f.rows.length>0?f.rows:u()}catch{o=u()}}let a=Th(o),l=Ga(e.settings),c=Ht(e.settings,null);try{await l.printQuery(a,e.settings.popt,c)}catch(u){let d=u instanceof Error?u.message:String(u);return j(e,d)}return Ue(e.settings,{kind:"success",rowCount:a.rowCount}),{status:"reset-buf",newBuf:""}}},Rh={name:"gexec",helpKey:"gexec",async run(e){let t=rn(e);if(t!==null)return t;let n=Ut(e.queryBuf),r=n.trim(),s=r.length>0?r:e.settings.lastQuery.trim();if(s.length===0)return{status:"reset-buf",newBuf:""};if(!e.settings.db)return j(e,"no connection to the server");e.settings.lastQuery=s;let o;try{o=await e.settings.db.execSimple(s)}catch(u){return Mt(e,u,n)}let i=o.filter(u=>u.fields.length>0);if(i.length===0)return{status:"reset-buf",newBuf:""};let a=Ht(e.settings,null),l=e.settings.echo,c=l==="all"||l==="queries";for(let u of i)for(let d of u.rows)for(let f of d){if(f==null)continue;let m=ja(f).trim();if(m.length!==0){c&&a.write(m+`
`);try{let p=await e.settings.db.execSimple(m);for(let g of p)g.fields.length>0&&await St(e.settings,g,a)}catch(p){if(Mt(e,p,m),e.settings.onErrorStop)return{status:"error",errorWritten:!0}}}}return{status:"reset-buf",newBuf:""}}},Ah=(e,t)=>new Promise(n=>{let r=setTimeout(()=>{t.removeEventListener("abort",s),n()},e),s=()=>{clearTimeout(r),t.removeEventListener("abort",s),n()};if(t.aborted){clearTimeout(r),n();return}t.addEventListener("abort",s)}),Ls=e=>{if(e.length===0||!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(e))return null;let t=parseFloat(e);return!Number.isFinite(t)||t<0?null:t},Ha=e=>{if(e.length===0||!/^\d+$/.test(e))return null;let t=parseInt(e,10);return Number.isFinite(t)?t:null};var Nh=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],yh=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],nr=e=>e<10?`0${String(e)}`:String(e),wh=e=>`${Nh[e.getDay()]} ${yh[e.getMonth()]} ${nr(e.getDate())} ${nr(e.getHours())}:${nr(e.getMinutes())}:${nr(e.getSeconds())} ${String(e.getFullYear())}`,Os=36e4,Lh=e=>{let t=e.vars.get("WATCH_INTERVAL")??"2",n=Ls(t);return n===null||n>Os?{error:`WATCH_INTERVAL "${t}" is out of range`}:{value:n}},Oh=()=>{let e=process.env.PSQL_WATCH_PAGER??"";if(e.trim().length===0)return null;let t=qa("sh",["-c",e],{stdio:["pipe","inherit","inherit"]});return t.stdin.on("error",n=>{if(n.code!=="EPIPE")throw n}),{stream:t.stdin,close:()=>new Promise(n=>{if(t.exitCode!==null||t.signalCode!==null){n();return}let r=!1,s=()=>{r||(r=!0,n())};if(t.once("close",s),t.once("error",s),!t.stdin.destroyed)try{t.stdin.end()}catch(o){o.code!=="EPIPE"&&s()}})}},bh={name:"watch",helpKey:"watch",async run(e){let t=rn(e);if(t!==null)return t;let n=Ut(e.queryBuf),r=n.trim();if(r.length===0)return j(e,"no query buffer");if(!e.settings.db)return j(e,"no connection to the server");let s=!1,o=null,i=!1,a=0,l=!1,c=0,u=!1;for(;;){let E=e.nextArg("normal");if(E===null)break;if(E.length===0)continue;let S=E.indexOf("=");if(S>0){let b=E.slice(0,S),O=E.slice(S+1);if(b==="i"){if(s)return j(e,"interval value is specified more than once");let L=Ls(O);if(L===null||L>Os)return j(e,`incorrect interval value "${O}"`);o=L,s=!0;continue}if(b==="c"){if(i)return j(e,"iteration count is specified more than once");let L=Ha(O);if(L===null||L===0)return j(e,`incorrect iteration count "${O}"`);a=L,i=!0;continue}if(b==="m"||b==="min_rows"){if(l)return j(e,"minimum row count specified more than once");let L=Ha(O);if(L===null)return j(e,`incorrect minimum row count "${O}"`);c=L,l=!0;continue}return j(e,`unrecognized option "${b}"`)}if(u||s)return j(e,"interval value is specified more than once");let _=Ls(E);if(_===null||_>Os)return j(e,`incorrect interval value "${E}"`);o=_,s=!0,u=!0}if(o===null){let E=Lh(e.settings);if("error"in E)return j(e,E.error);o=E.value}let d=Math.round(o*1e3),f=$a.ref??new AbortController,m=()=>{f.abort()},p=$a.ref===null;p&&process.once("SIGINT",m);let g=Oh(),h=g?.stream??Ht(e.settings,null);try{let E=0;for(;!f.signal.aborted;){E++;let S=wh(new Date);h.write(`${S} (every ${String(o)}s)

`);let _=0;try{let b=await e.settings.db.execSimple(r);for(let O of b)O.fields.length>0&&(await St(e.settings,O,h),_=O.rows.length)}catch(b){return Mt(e,b,n)}if(i&&E>=a||l&&_<c||f.signal.aborted)break;d>0&&await Ah(d,f.signal)}return g||h.write(`
`),{status:"reset-buf",newBuf:""}}finally{p&&process.removeListener("SIGINT",m),g&&await g.close()}}},Ka=e=>{e.register(lh),e.register(ch),e.register(uh),e.register(dh),e.register(ph),e.register(mh),e.register(gh),e.register(hh),e.register(_h),e.register(Rh),e.register(bh)},$t=Symbol.for("neonctl.psql.bindState"),sr=Symbol.for("neonctl.psql.pipeline"),or=Symbol.for("neonctl.psql.preparedByName"),Re=e=>e,Jt=e=>{let t=Re(e),n=t[$t]??null;return t[$t]=void 0,n},Ih=e=>{let t=Re(e)[$t];return!!t&&t.byName},Ch=(e,t,n)=>{let r=Re(e),s=r[or];s||(s=new Map,r[or]=s),s.set(t,n)},vh=(e,t)=>Re(e)[or]?.get(t)??null,Fa=(e,t)=>{let n=Re(e)[or];n&&n.delete(t)},Ae=e=>Re(e)[sr]??null,Zt=(e,t)=>{let n=e.vars.get(t);if(n===void 0)return 0;let r=parseInt(n,10);return Number.isFinite(r)&&r>=0?r:0},kt=(e,t,n)=>{e.vars.set(t,String(Math.max(0,n)))},Ye=(e,t,n)=>{kt(e,t,Zt(e,t)+n)},bs=e=>{kt(e,"PIPELINE_COMMAND_COUNT",0),kt(e,"PIPELINE_SYNC_COUNT",0),kt(e,"PIPELINE_RESULT_COUNT",0)},Ph=(e,t)=>{let n=e.execute.bind(e);return e.execute=(r,s)=>(Ye(t,"PIPELINE_COMMAND_COUNT",1),n(r,s)),e},ee=(e,t)=>(e.settings.lastErrorResult={message:t},R(`\\${e.cmdName}: ${t}
`),{status:"error",errorWritten:!0}),Le=e=>{if(e instanceof Error||e!==null&&typeof e=="object"&&"message"in e&&typeof e.message=="string")return e.message;try{return JSON.stringify(e)}catch{return String(e)}},Xt=e=>{if(e===null||typeof e!="object"){R(`ERROR:  ${Le(e)}
`);return}let t=e;if(t.pipelineAborted){R(`${t.message??"Pipeline aborted, command did not run"}
`);return}let n=t.severity??"ERROR",r=t.message??"";R(`${n}:  ${r}
`),t.detail&&R(`DETAIL:  ${t.detail}
`),t.hint&&R(`HINT:  ${t.hint}
`),t.where&&R(`CONTEXT:  ${t.where}
`)},Xa=e=>{let t=[];for(;;){let n=e.nextArg("normal");if(n===null)break;t.push(n)}return t},Dh={name:"bind",helpKey:"bind",run(e){let t=Xa(e);return Re(e.settings)[$t]={name:"",values:t,byName:!1},Promise.resolve({status:"ok"})}},kh={name:"bind_named",helpKey:"bind_named",run(e){let t=e.nextArg("normal");if(t===null)return Re(e.settings)[$t]=void 0,Promise.resolve(ee(e,"missing required argument"));let n=Xa(e);return Re(e.settings)[$t]={name:t,values:n,byName:!0},Promise.resolve({status:"ok"})}},Mh={name:"parse",helpKey:"parse",async run(e){let t=e.nextArg("normal");if(t===null)return ee(e,"missing required argument");let n=e.queryBuf;if(n.trim().length===0)return ee(e,"no query buffer");if(!e.settings.db)return ee(e,"no connection to the server");let r=Ae(e.settings);if(r!==null)try{let s=r.session;return typeof s.parseSlot=="function"?await s.parseSlot(t,n,[]):await s.parse(t,n,[]),e.settings.lastQuery=n,Ye(e.settings,"PIPELINE_COMMAND_COUNT",1),{status:"reset-buf",newBuf:""}}catch(s){return ee(e,Le(s))}try{let s=await e.settings.db.prepare(t,n);return Ch(e.settings,t,s),e.settings.lastQuery=n,{status:"reset-buf",newBuf:""}}catch(s){return ee(e,Le(s))}}},$h={name:"close_prepared",helpKey:"close_prepared",async run(e){let t=e.nextArg("normal");if(t===null)return ee(e,"missing required argument");let n=e.settings.db;if(!n)return ee(e,"no connection to the server");let r=Ae(e.settings);if(r!==null)try{let s=r.session;return typeof s.closeSlot=="function"?await s.closeSlot(t):await s.close(t),Ye(e.settings,"PIPELINE_COMMAND_COUNT",1),Fa(e.settings,t),{status:"ok"}}catch(s){return ee(e,Le(s))}try{return n.closePreparedStatement?await n.closePreparedStatement(t):await(await n.prepare(t,"SELECT 1")).close(),Fa(e.settings,t),{status:"ok"}}catch(s){return ee(e,Le(s))}}},Uh={name:"startpipeline",helpKey:"startpipeline",run(e){if(!e.settings.db)return Promise.resolve(ee(e,"no connection to the server"));if(Ae(e.settings)!==null)return Promise.resolve({status:"ok"});try{let t=Ph(e.settings.db.pipeline(),e.settings);return Re(e.settings)[sr]={session:t,pending:[],drainedCount:0},e.settings.sendMode="extended-pipeline",bs(e.settings),Promise.resolve({status:"ok"})}catch(t){return Promise.resolve(ee(e,Le(t)))}}},Hh={name:"endpipeline",helpKey:"endpipeline",async run(e){let t=Ae(e.settings);if(!t)return e.settings.lastErrorResult={message:"cannot send pipeline when not in pipeline mode"},R(`cannot send pipeline when not in pipeline mode
`),{status:"error",errorWritten:!0};try{let n=t.drainedCount,r=t.session,s=Array.isArray(r.cmdSlots)?r.cmdSlots.slice():[],o=(e.settings.vars.get("FETCH_COUNT")??"0")!=="0",i=await t.session.end();Re(e.settings)[sr]=void 0,e.settings.sendMode="extended-query",bs(e.settings),Ua(e.settings);let a=await Promise.allSettled(s),l=!1,c=a.length>0?a:i.map(f=>({status:"fulfilled",value:f})),u=c.slice(n),d=(()=>{for(let f of u){if(f.status!=="rejected")continue;let m=f.reason;if(!(typeof m=="object"&&m!==null&&m.pipelineAborted===!0))return m}return null})()??(()=>{let f=r.lastError;return f==null||typeof f=="object"&&f.pipelineAborted?null:f})();for(let f=n;f<c.length;f++){let m=c[f];if(m.status==="fulfilled"){let p=m.value;for(let E of p.notices){let S=`${E.severity}:  ${E.message}
`;E.detail!==void 0&&(S+=`DETAIL:  ${E.detail}
`),E.hint!==void 0&&(S+=`HINT:  ${E.hint}
`),R(S)}let g=p.fields.length===0&&p.command===""&&p.rows.length===0,h=p.fields.length===0&&p.rows.length===0&&p.command!=="";!g&&!h&&(p.fields.length===0&&p.rows.length>0?e.settings.popt.topt.tuplesOnly||(process.stdout.write(`--
`),process.stdout.write(`(${p.rows.length} ${p.rows.length===1?"row":"rows"})

`)):await ae.printQuery(p,e.settings.popt,process.stdout))}else if(!l){let p=m.reason,g=typeof p=="object"&&p!==null&&p.pipelineAborted===!0;o&&R(`fetching results in chunked mode failed
`),g&&d!==null?Xt(d):g?R(`Pipeline aborted, command did not run
`):Xt(p),l=!0}}if(!l){let f=r.lastError;f!=null&&(o&&R(`fetching results in chunked mode failed
`),Xt(f))}return{status:"ok"}}catch(n){return Re(e.settings)[sr]=void 0,e.settings.sendMode="extended-query",bs(e.settings),Ua(e.settings),ee(e,Le(n))}}},Fh={name:"syncpipeline",helpKey:"syncpipeline",async run(e){let t=Ae(e.settings);if(!t)return ee(e,"no pipeline active");try{await t.session.sync();let n=Zt(e.settings,"PIPELINE_COMMAND_COUNT");return kt(e.settings,"PIPELINE_COMMAND_COUNT",0),Ye(e.settings,"PIPELINE_RESULT_COUNT",n),Ye(e.settings,"PIPELINE_SYNC_COUNT",1),{status:"ok"}}catch(n){return ee(e,Le(n))}}},za={name:"flushrequest",helpKey:"flushrequest",async run(e){let t=Ae(e.settings);if(!t)return ee(e,"no pipeline active");try{await t.session.flush();let n=Zt(e.settings,"PIPELINE_COMMAND_COUNT");return kt(e.settings,"PIPELINE_COMMAND_COUNT",0),Ye(e.settings,"PIPELINE_RESULT_COUNT",n),{status:"ok"}}catch(n){return ee(e,Le(n))}}},qh={name:"flush",helpKey:"flush",run(e){return za.run(e)}},Bh={name:"sendpipeline",helpKey:"sendpipeline",async run(e){let t=Ae(e.settings);if(!t)return Jt(e.settings),e.settings.lastErrorResult={message:"\\sendpipeline not allowed outside of pipeline mode"},R(`\\sendpipeline not allowed outside of pipeline mode
`),{status:"error",errorWritten:!0};let n=Jt(e.settings);if(n===null)return e.settings.lastErrorResult={message:"\\sendpipeline must be used after \\bind or \\bind_named"},R(`\\sendpipeline must be used after \\bind or \\bind_named
`),{status:"error",errorWritten:!0};let r=e.queryBuf.trim(),s=n.name,o=n.values;if(!n.byName&&r.length===0)return ee(e,"no query buffer");try{n.byName||await t.session.parse("",r,[]),await t.session.bind(s,o);let i=(async()=>(await t.session.execute("",0),{command:"",rowCount:null,oid:null,fields:[],rows:[],notices:[]}))();return t.pending.push(i),{status:"reset-buf",newBuf:""}}catch(i){return ee(e,Le(i))}}},xh={name:"getresults",helpKey:"getresults",async run(e){let t=Ae(e.settings),n=e.nextArg("normal"),r=null;if(n!==null&&n.length>0){let m=parseInt(n,10);if(!Number.isFinite(m)||m<0)return ee(e,"invalid number of requested results");r=m}if(!t)return process.stdout.write(`No pending results to get
`),{status:"ok"};let s=Zt(e.settings,"PIPELINE_SYNC_COUNT"),o=Zt(e.settings,"PIPELINE_RESULT_COUNT"),i=s+o;if(i===0)return process.stdout.write(`No pending results to get
`),{status:"ok"};let a=r===null||r===0?i:Math.min(r,i),l=t.session,c=Array.isArray(l.cmdSlots)?l.cmdSlots:[],u=t.drainedCount,d=u+a,f=c.slice(u,d);t.drainedCount=d,t.pending.splice(0,a);try{let m=await Promise.allSettled(f),p=(()=>{for(let L of m){if(L.status!=="rejected")continue;let w=L.reason;if(!(typeof w=="object"&&w!==null&&w.pipelineAborted===!0))return w}return null})(),g=l,h=p??(typeof g.peekRealError=="function"?await g.peekRealError():null),E=!1,S=0,_=0,b=0;for(let L of m){if(S++,L.status!=="fulfilled"){if(b++,!E){let N=L.reason;typeof N=="object"&&N!==null&&N.pipelineAborted===!0&&h!==null?Xt(h):Xt(N),E=!0}continue}let w=L.value;for(let N of w.notices){let C=`${N.severity}:  ${N.message}
`;N.detail!==void 0&&(C+=`DETAIL:  ${N.detail}
`),N.hint!==void 0&&(C+=`HINT:  ${N.hint}
`),R(C)}if(w.fields.length===0&&w.command===""&&w.rows.length===0){_++;continue}b++,w.fields.length===0&&w.rows.length>0?e.settings.popt.topt.tuplesOnly||(process.stdout.write(`--
`),process.stdout.write(`(${w.rows.length} ${w.rows.length===1?"row":"rows"})

`)):w.fields.length>0&&await ae.printQuery(w,e.settings.popt,process.stdout)}let O=l;if(typeof O.markDrained=="function"&&O.markDrained(d),E){let L=l;typeof L.clearLastError=="function"&&L.clearLastError()}if(S===0){let L=Math.min(a,o);b=L,_=a-L}else{let L=Math.min(_,s),w=_-L;_=L,b+=w}return Ye(e.settings,"PIPELINE_SYNC_COUNT",-_),Ye(e.settings,"PIPELINE_RESULT_COUNT",-b),{status:"ok"}}catch(m){return ee(e,Le(m))}}},Ja=e=>{e.register(Dh),e.register(kh),e.register(Mh),e.register($h),e.register(Uh),e.register(Hh),e.register(Fh),e.register(za),e.register(qh),e.register(Bh),e.register(xh)};T();T();import{Buffer as ks}from"node:buffer";var Za=async(e,t,n)=>{let r=null;try{for await(let s of t){let o=typeof s=="string"?ks.from(s,"utf8"):ks.isBuffer(s)?s:ks.from(s);await n.write(o)}}catch(s){r=s}if(r!==null){let s=Wh(r);try{await n.fail(s)}catch{}throw r instanceof Error?r:new Error(s)}await n.end()};var Wh=e=>{if(e instanceof Error)return e.message;if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e)??"unknown error"}catch{return"unknown error"}};import{createReadStream as Vh,createWriteStream as Gh,promises as el}from"node:fs";import{spawn as Yh}from"node:child_process";import{Buffer as He}from"node:buffer";var tl="COPY in a pipeline is not supported, aborting connection",sn=` 	
\r`,Pe=(e,t,n,r)=>{let s=0,o=e.length;for(;s<o&&sn.includes(e[s]);)s++;if(s>=o)return{token:null,rest:""};if(t.length>0&&t.includes(e[s])){let l=e[s];for(s++;s<o&&sn.includes(e[s]);)s++;return{token:l,rest:e.slice(s)}}if(n.length>0&&n.includes(e[s])){let l=e[s],c=s;for(s++;s<o;){let d=e[s];if(r&&d==="\\"&&s+1<o){s+=2;continue}if(d===l&&e[s+1]===l){s+=2;continue}if(d===l){s++;break}s++}let u=e.slice(c,s);for(;s<o&&sn.includes(e[s]);)s++;return{token:u,rest:e.slice(s)}}let i=s;for(;s<o;){let l=e[s];if(sn.includes(l)||t.length>0&&t.includes(l)||n.length>0&&n.includes(l))break;s++}let a=e.slice(i,s);for(;s<o&&sn.includes(e[s]);)s++;return{token:a,rest:e.slice(s)}},nl=e=>{if(e.length<2||!e.startsWith("'")||!e.endsWith("'"))return e;let t="",n=1,r=e.length-1;for(;n<r;)e[n]==="'"&&e[n+1]==="'"?(t+="'",n+=2):(t+=e[n],n++);return t},Qh=e=>{if(!e.startsWith("~"))return e;if(e==="~"||e.startsWith("~/")){let t=process.env.HOME??process.env.USERPROFILE;return t===void 0?e:t+e.slice(1)}return e},jh=e=>{let t="",n=e,r,s=g=>({ok:!1,error:g!==null&&g.length>0?`parse error at "${g}"`:"parse error at end of line"}),o=Pe(n,".,()",'"',!1);if(r=o.token,n=o.rest,r===null||r.toLowerCase()==="binary"&&(t+=r,o=Pe(n,".,()",'"',!1),r=o.token,n=o.rest,r===null))return s(null);let i=!1;if(r==="("){i=!0;let g=1;for(;g>0;){t+=" ",t+=r;let h=Pe(n,"()",`"'`,!0);if(r=h.token,n=h.rest,r===null)return s(null);r==="("?g++:r===")"&&g--}}t+=t.length>0?" ":"",t+=r;let a=Pe(n,".,()",'"',!1);if(r=a.token,n=a.rest,r===null||r==="."&&(t+=r,a=Pe(n,".,()",'"',!1),r=a.token,n=a.rest,r===null||(t+=r,a=Pe(n,".,()",'"',!1),r=a.token,n=a.rest,r===null)))return s(null);if(r==="("){for(;;){t+=" ",t+=r;let g=Pe(n,"()",'"',!1);if(r=g.token,n=g.rest,r===null)return s(null);if(r===")")break}if(t+=" ",t+=r,a=Pe(n,".,()",'"',!1),r=a.token,n=a.rest,r===null)return s(null)}let l;if(r.toLowerCase()==="from")l="from";else if(r.toLowerCase()==="to")l="to";else return s(r);if(i&&l==="from")return{ok:!1,error:"cannot use COPY FROM with a (subquery) source"};let c=Pe(n,";","'",!1);if(r=c.token,n=c.rest,r===null)return s(null);let u=null,d=!1,f=!1,m=r.toLowerCase();if(m==="program"){if(c=Pe(n,";","'",!1),r=c.token,n=c.rest,r===null)return s(null);if(!r.startsWith("'")||!r.endsWith("'")||r.length<2)return s(r);u=nl(r),d=!0}else m==="stdin"||m==="stdout"?u=null:m==="pstdin"||m==="pstdout"?(u=null,f=!0):u=Qh(nl(r));let p=null;return n=n.trim(),n.length>0&&(p=n),{ok:!0,value:{beforeToFrom:t,afterToFrom:p,file:u,program:d,psqlInOut:f,direction:l}}},Kh=e=>{let t=e.direction==="from"?" FROM STDIN ":" TO STDOUT ",n=e.afterToFrom!==null?e.afterToFrom:"";return`COPY ${e.beforeToFrom}${t}${n}`.trimEnd()},Xh=e=>e.replace(/E'(?:\\.|[^'])*'|'(?:''|[^'])*'/g,"''");var zh=(e,t)=>{if(/^\s*binary\b/i.test(e))return!0;if(t===null)return!1;let n=Xh(t);if(/(^|\W)binary(\W|$)/i.test(n))return!0;let r=/\bformat\s+(?:'([A-Za-z_]+)'|([A-Za-z_]+))/i.exec(t);return r?(r[1]??r[2]).toLowerCase()==="binary":!1},tw=He.from([80,71,67,79,80,89,10,255,13,10,0]);var Jh=e=>{if(e===null)return null;let t=/^COPY (\d+)$/.exec(e.trim());return t?parseInt(t[1],10):null},rl=(e,t)=>{let n=Yh("sh",["-c",e],{stdio:[t==="to"?"pipe":"inherit",t==="from"?"pipe":"inherit","inherit"]}),r=new Promise(s=>{n.once("close",(o,i)=>{s({code:o,signal:i,error:null})}),n.once("error",o=>{s({code:null,signal:null,error:o})})});return{child:n,readable:t==="from"?n.stdout:null,writable:t==="to"?n.stdin:null,closed:r}},Zh=(e,t)=>t.error!==null?`could not execute command "${e}": ${t.error.message}`:t.signal!==null?`program "${e}" was terminated by signal ${t.signal}`:t.code!==null&&t.code!==0?`program "${e}" failed with exit code ${t.code}`:null,eE=async(e,t,n)=>{let r=await e.startCopyOut(t);for await(let s of r)s.length!==0&&await new Promise((o,i)=>{n.write(s,a=>{a!=null?i(a):o()})})},tE=async(e,t)=>new Promise((n,r)=>{let s=He.alloc(0),o=!1,i=!1,a=Promise.resolve(),l=p=>{i||(i=!0,e.removeListener("data",d),e.removeListener("end",f),e.removeListener("error",m),p().then(()=>{n(o)},g=>{r(g instanceof Error?g:new Error(String(g)))}))},c=p=>{if(p.length===0)return;let g=He.from(p);a=a.then(()=>t.write(g))},u=p=>{if(i)return;let g=He.isBuffer(p)?p:He.from(p,"utf8");s=s.length===0?g:He.concat([s,g]);let h=s.indexOf(10);for(;h!==-1;){let E=s.subarray(0,h+1);if(E.length===3&&E[0]===92&&E[1]===46&&E[2]===10||E.length===4&&E[0]===92&&E[1]===46&&E[2]===13&&E[3]===10){o=!0;let S=He.from(s.subarray(h+1));s=He.alloc(0),e.pause(),e.removeListener("data",d),e.removeListener("end",f),e.removeListener("error",m),S.length>0&&e.unshift(S),i=!0,a.then(()=>t.end()).then(()=>{n(!0)},_=>{r(_ instanceof Error?_:new Error(String(_)))});return}c(E),s=s.subarray(h+1),h=s.indexOf(10)}},d=p=>{try{u(p)}catch(g){l(async()=>{try{await t.fail(g instanceof Error?g.message:String(g))}catch{}throw g instanceof Error?g:new Error(String(g))})}},f=()=>{if(i)return;let p=s;s=He.alloc(0),l(async()=>{p.length>0&&c(p),await a,await t.end()})},m=p=>{i||l(async()=>{try{await t.fail(p.message)}catch{}throw p})};e.on("data",d),e.once("end",f),e.once("error",m),e.resume()}),nE=async(e,t)=>{let n=Kh(t),r=d=>({ok:!1,error:d}),s=null,o=null,i=null,a=[],l=!1,c=[];if(t.direction==="from")if(t.file!==null)if(t.program){try{i=rl(t.file,"from")}catch(f){return r(`could not execute command "${t.file}": ${f instanceof Error?f.message:String(f)}`)}s=i.readable;let d=i;c.push(async()=>{try{d.child.stdout?.destroy()}catch{}await d.closed})}else{try{if((await el.stat(t.file)).isDirectory())return r(`${t.file}: cannot copy from/to a directory`)}catch(f){return r(`${t.file}: ${f instanceof Error?f.message:String(f)}`)}let d=Vh(t.file);s=d,c.push(()=>new Promise(f=>{if(d.destroyed){f();return}d.once("close",()=>{f()}),d.destroy()}))}else s=process.stdin,l=!0;else if(t.file!==null)if(t.program){try{i=rl(t.file,"to")}catch(f){return r(`could not execute command "${t.file}": ${f instanceof Error?f.message:String(f)}`)}o=i.writable;let d=i;c.push(async()=>{try{d.child.stdin?.end()}catch{}await d.closed})}else{try{if((await el.stat(t.file).catch(()=>null))?.isDirectory())return r(`${t.file}: cannot copy from/to a directory`)}catch{}let d=Gh(t.file);d.once("error",f=>{a.push(f)}),o=d,c.push(()=>new Promise((f,m)=>{d.end(p=>{p?m(p):f()})}))}else o=process.stdout;let u=null;try{if(t.direction==="from"){if(s===null)return r("no input stream for COPY FROM");let d=await e.startCopyIn(n);l&&!zh(t.beforeToFrom,t.afterToFrom)?await tE(s,d):await Za(e,s,d)}else{if(o===null)return r("no output stream for COPY TO");if(await eE(e,n,o),a.length>0)return r(a[0].message)}if(i!==null){i.writable?.end();let d=await i.closed,f=Zh(t.file??"",d);if(f!==null)throw new Error(f)}u=rE(e)}catch(d){return r(d instanceof Error?d.message:String(d))}finally{for(let d of c)try{await d()}catch{}}return{ok:!0,tag:u}},rE=e=>{let t=e.lastCopyTag;return typeof t=="string"?t:null},sE={name:"copy",helpKey:"copy",async run(e){if(!e.settings.db)return e.settings.lastErrorResult={message:"no connection to the server"},R(`\\copy: no connection to the server
`),{status:"error"};if(Ae(e.settings)!==null){e.settings.lastErrorResult={message:tl},R(`\\copy: ${tl}
`);try{await e.settings.db.close()}catch{}return{status:"error"}}let t=e.restOfLine();if(t.trim().length===0)return e.settings.lastErrorResult={message:"arguments required"},R(`\\copy: arguments required
`),{status:"error"};let n=jh(t);if(!n.ok)return e.settings.lastErrorResult={message:n.error},R(`\\copy: ${n.error}
`),{status:"error"};let r=await nE(e.settings.db,n.value);if(!r.ok)return e.settings.lastErrorResult={message:r.error},R(`\\copy: ${r.error}
`),{status:"error"};if(!(n.value.direction==="to"&&n.value.file===null&&!n.value.program)){let s=Jh(r.tag);r.tag!==null&&s!==null?M(`COPY ${String(s)}
`):r.tag!==null?M(`${r.tag}
`):M(`COPY
`)}return{status:"ok"}}},sl=e=>{e.register(sE)};T();T();var oE=e=>e>="A"&&e<="Z"?String.fromCharCode(e.charCodeAt(0)+32):e,iE="|*+?()[]{}.^$\\",aE=(e,t,n,r)=>{let s=n||r?3:1,o=["^("],i="",a=!0,l=!1,c=0,u=0;for(;u<e.length;){let f=e[u];if(f==='"'){if(l&&e[u+1]==='"'){o[o.length-1]+='"',a&&(i+='"'),u+=2;continue}l=!l,u++;continue}if(!l&&f>="A"&&f<="Z"){let p=oE(f);o[o.length-1]+=p,a&&(i+=p),u++;continue}if(!l&&f==="*"){o[o.length-1]+=".*",a&&(i+="*"),u++;continue}if(!l&&f==="?"){o[o.length-1]+=".",a&&(i+="?"),u++;continue}if(!l&&f==="."){c++,a=!1,o.length<s?(o[o.length-1]+=")$",o.push("^(")):o[o.length-1]+=".",u++;continue}if(f==="$"){o[o.length-1]+="\\$",a&&(i+="$"),u++;continue}let m="";l||t?iE.includes(f)&&(m="\\"):f==="["&&e[u+1]==="]"&&(m="\\"),o[o.length-1]+=m+f,a&&(i+=f),u++}o[o.length-1]+=")$";let d=[...o].reverse();return{dotCount:c,regexes:d,dbLiteral:c>0||r?i:null}},ce=e=>{let{pattern:t,forceLower:n=!1,schemavar:r=null,namevar:s,altnamevar:o=null,visibilityrule:i=null,dbnamevar:a=null}=e,l={schemaConditions:[],nameConditions:[],visibilityConditions:[],params:[],dotCount:0,dbLiteral:null};if(t===null)return i&&l.visibilityConditions.push(i),l;let c=aE(t,n,r!==null,a!==null);l.dotCount=c.dotCount,l.dbLiteral=c.dbLiteral;let u=c.regexes[0],d=c.regexes[1]??null,f=c.regexes[2]??null;if(u&&u!=="^(.*)$"){let m=`$${l.params.length+1}`;o?l.nameConditions.push(`(${s} OPERATOR(pg_catalog.~) ${m} OR ${o} OPERATOR(pg_catalog.~) ${m})`):l.nameConditions.push(`${s} OPERATOR(pg_catalog.~) ${m}`),l.params.push(u)}if(r&&d&&d!=="^(.*)$"){let m=`$${l.params.length+1}`;l.schemaConditions.push(`${r} OPERATOR(pg_catalog.~) ${m}`),l.params.push(d)}else!d&&i&&l.visibilityConditions.push(i);if(a&&f&&f!=="^(.*)$"){let m=`$${l.params.length+1}`;l.schemaConditions.push(`${a} OPERATOR(pg_catalog.~) ${m}`),l.params.push(f)}return l},ol=(e,t,n=[])=>{let r="true /* TODO(WP-20): pattern matching */";if(!e.includes(r))return{sql:e,params:n};let s=[...t.schemaConditions,...t.nameConditions,...t.visibilityConditions];if(s.length===0)return{sql:e,params:n};let o=e.split(r).length-1,i=e,a=[...n];for(let l=0;l<o;l++){let c=a.length,u=s.map(m=>m.replace(/\$(\d+)/g,(p,g)=>`$${Number(g)+c}`));a.push(...t.params);let d=`(${u.join(" AND ")})`,f=i.indexOf(r);i=i.slice(0,f)+d+i.slice(f+40)}return{sql:i,params:a}};T();T();var il=(e,t=0)=>e>=1e4?e:e>=10?e*1e4:e*1e4+t*100,P=(e,t,n=0)=>e>=il(t,n),Ee=(e,t,n=0)=>e<il(t,n);var Se=e=>`CASE WHEN pg_catalog.array_length(${e}, 1) = 0 THEN '(none)' ELSE pg_catalog.array_to_string(${e}, E'\\n') END AS "Access privileges"`,U=(e,t,n)=>`${e?"  AND ":"WHERE "}true /* TODO(WP-20): pattern matching */
`,ll=e=>`true /* ARG_PATTERN_${e} */`,x=e=>`ORDER BY ${e};`,W=()=>[],cl=e=>{let{showSystem:t,pattern:n,serverVersion:r}=e,s="";return s+=`SELECT n.nspname as "Schema",
  p.proname AS "Name",
  pg_catalog.format_type(p.prorettype, NULL) AS "Result data type",
  CASE WHEN p.pronargs = 0
    THEN CAST('*' AS pg_catalog.text)
    ELSE pg_catalog.pg_get_function_arguments(p.oid)
  END AS "Argument data types",
  pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"
FROM pg_catalog.pg_proc p
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
`,s+=P(r,11e4)?`WHERE p.prokind = 'a'
`:`WHERE p.proisagg
`,!t&&n===void 0&&(s+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname <> 'information_schema'
`),s+=U(!0,"n.nspname","p.proname"),s+=x("1, 2, 4"),{sql:s,params:W(),description:"List of aggregate functions"}},ul=e=>{let{verbose:t,serverVersion:n}=e;if(Ee(n,9,6))return{sql:"/* server < 9.6 does not support access methods */ SELECT 1 WHERE false;",params:[],description:"List of access methods"};let r=`SELECT amname AS "Name",
  CASE amtype WHEN 'i' THEN 'Index' WHEN 't' THEN 'Table' END AS "Type"`;return t&&(r+=`,
  amhandler AS "Handler",
  pg_catalog.obj_description(oid, 'pg_am') AS "Description"`),r+=`
FROM pg_catalog.pg_am
`,r+=U(!1,void 0,"amname"),r+=x("1"),{sql:r,params:W(),description:"List of access methods"}},dl=e=>{let{verbose:t}=e,n=`SELECT spcname AS "Name",
  pg_catalog.pg_get_userbyid(spcowner) AS "Owner",
  pg_catalog.pg_tablespace_location(oid) AS "Location"`;return t&&(n+=`,
  `+Se("spcacl"),n+=`,
  spcoptions AS "Options",
  pg_catalog.pg_size_pretty(pg_catalog.pg_tablespace_size(oid)) AS "Size",
  pg_catalog.shobj_description(oid, 'pg_tablespace') AS "Description"`),n+=`
FROM pg_catalog.pg_tablespace
`,n+=U(!1,void 0,"spcname"),n+=x("1"),{sql:n,params:W(),description:"List of tablespaces"}},fl=e=>{let{verbose:t,showSystem:n,pattern:r,serverVersion:s}=e,o=e.functypes??"",i=e.argPatterns??[],a=o.includes("a"),l=o.includes("n"),c=o.includes("p"),u=o.includes("t"),d=o.includes("w");!a&&!l&&!c&&!u&&!d&&(a=l=u=d=!0,P(s,11e4)&&(c=!0));let f=`SELECT n.nspname as "Schema",
  p.proname as "Name",
`;P(s,11e4)?f+=`  pg_catalog.pg_get_function_result(p.oid) as "Result data type",
  pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types",
 CASE p.prokind
  WHEN 'a' THEN 'agg'
  WHEN 'w' THEN 'window'
  WHEN 'p' THEN 'proc'
  ELSE 'func'
 END as "Type"`:f+=`  pg_catalog.pg_get_function_result(p.oid) as "Result data type",
  pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types",
 CASE
  WHEN p.proisagg THEN 'agg'
  WHEN p.proiswindow THEN 'window'
  WHEN p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype THEN 'trigger'
  ELSE 'func'
 END as "Type"`,t&&(f+=`,
 CASE
  WHEN p.provolatile = 'i' THEN 'immutable'
  WHEN p.provolatile = 's' THEN 'stable'
  WHEN p.provolatile = 'v' THEN 'volatile'
 END as "Volatility"`,P(s,90600)&&(f+=`,
 CASE
  WHEN p.proparallel = 'r' THEN 'restricted'
  WHEN p.proparallel = 's' THEN 'safe'
  WHEN p.proparallel = 'u' THEN 'unsafe'
 END as "Parallel"`),f+=`,
 pg_catalog.pg_get_userbyid(p.proowner) as "Owner",
 CASE WHEN prosecdef THEN 'definer' ELSE 'invoker' END AS "Security"`,P(s,18e4)&&(f+=`,
 CASE WHEN p.proleakproof THEN 'yes' ELSE 'no' END as "Leakproof?"`),f+=`,
 `+Se("p.proacl"),f+=`,
 l.lanname as "Language",
 CASE WHEN l.lanname IN ('internal', 'c') THEN p.prosrc END as "Internal name",
 pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"`),f+=`
FROM pg_catalog.pg_proc p
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
`;for(let g=0;g<i.length;g++)f+=`     LEFT JOIN pg_catalog.pg_type t${g} ON t${g}.oid = p.proargtypes[${g}]
     LEFT JOIN pg_catalog.pg_namespace nt${g} ON nt${g}.oid = t${g}.typnamespace
`;t&&(f+=`     LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang
`);let m=!1,p=a&&l&&c&&u&&d;if(!p&&l)a||(f+=m?"      AND ":"WHERE ",m=!0,f+=P(s,11e4)?`p.prokind <> 'a'
`:`NOT p.proisagg
`),!c&&P(s,11e4)&&(f+=m?"      AND ":"WHERE ",m=!0,f+=`p.prokind <> 'p'
`),u||(f+=m?"      AND ":"WHERE ",m=!0,f+=`p.prorettype <> 'pg_catalog.trigger'::pg_catalog.regtype
`),d||(f+=m?"      AND ":"WHERE ",m=!0,f+=P(s,11e4)?`p.prokind <> 'w'
`:`NOT p.proiswindow
`);else if(!p){f+=`WHERE (
       `,m=!0;let g=[];a&&g.push(P(s,11e4)?"p.prokind = 'a'":"p.proisagg"),u&&g.push("p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype"),c&&g.push("p.prokind = 'p'"),d&&g.push(P(s,11e4)?"p.prokind = 'w'":"p.proiswindow"),f+=g.join(`
       OR `)+`
      )
`}f+=U(m,"n.nspname","p.proname");for(let g=0;g<i.length;g++)i[g]==="-"?f+=`      AND t${g}.typname IS NULL
`:f+=`      AND ${ll(g)}
`;return!n&&r===void 0&&(f+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname <> 'information_schema'
`),f+=x("1, 2, 4"),{sql:f,params:W(),description:"List of functions"}},pl=e=>{let{verbose:t,showSystem:n,pattern:r}=e,s=`SELECT n.nspname as "Schema",
  pg_catalog.format_type(t.oid, NULL) AS "Name",
`;return t&&(s+=`  t.typname AS "Internal name",
  CASE WHEN t.typrelid != 0
      THEN CAST('tuple' AS pg_catalog.text)
    WHEN t.typlen < 0
      THEN CAST('var' AS pg_catalog.text)
    ELSE CAST(t.typlen AS pg_catalog.text)
  END AS "Size",
  pg_catalog.array_to_string(
      ARRAY(
          SELECT e.enumlabel
          FROM pg_catalog.pg_enum e
          WHERE e.enumtypid = t.oid
          ORDER BY e.enumsortorder
      ),
      E'\\n'
  ) AS "Elements",
  pg_catalog.pg_get_userbyid(t.typowner) AS "Owner",
  `+Se("t.typacl")+`,
  `),s+=`  pg_catalog.obj_description(t.oid, 'pg_type') as "Description"
`,s+=`FROM pg_catalog.pg_type t
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
`,s+="WHERE (t.typrelid = 0 ",s+=`OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))
`,r?.includes("[]")||(s+=`  AND NOT EXISTS(SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid)
`),!n&&r===void 0&&(s+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname <> 'information_schema'
`),s+=U(!0,"n.nspname","t.typname"),s+=x("1, 2"),{sql:s,params:W(),description:"List of data types"}},ml=e=>{let{verbose:t,showSystem:n,pattern:r,serverVersion:s}=e,o=e.argPatterns??[];o.length>2&&(o=o.slice(0,2));let i=`SELECT n.nspname as "Schema",
  o.oprname AS "Name",
  CASE WHEN o.oprkind='l' THEN NULL ELSE pg_catalog.format_type(o.oprleft, NULL) END AS "Left arg type",
  CASE WHEN o.oprkind='r' THEN NULL ELSE pg_catalog.format_type(o.oprright, NULL) END AS "Right arg type",
  pg_catalog.format_type(o.oprresult, NULL) AS "Result type",
`;t&&(i+=`  o.oprcode AS "Function",
`,P(s,18e4)&&(i+=`  CASE WHEN p.proleakproof THEN 'yes' ELSE 'no' END AS "Leakproof?",
`)),i+=`  coalesce(pg_catalog.obj_description(o.oid, 'pg_operator'),
           pg_catalog.obj_description(o.oprcode, 'pg_proc')) AS "Description"
FROM pg_catalog.pg_operator o
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
`,o.length===1?i+=`     LEFT JOIN pg_catalog.pg_type t0 ON t0.oid = o.oprright
     LEFT JOIN pg_catalog.pg_namespace nt0 ON nt0.oid = t0.typnamespace
`:o.length>=2&&(i+=`     LEFT JOIN pg_catalog.pg_type t0 ON t0.oid = o.oprleft
     LEFT JOIN pg_catalog.pg_namespace nt0 ON nt0.oid = t0.typnamespace
     LEFT JOIN pg_catalog.pg_type t1 ON t1.oid = o.oprright
     LEFT JOIN pg_catalog.pg_namespace nt1 ON nt1.oid = t1.typnamespace
`),t&&P(s,18e4)&&(i+=`     LEFT JOIN pg_catalog.pg_proc p ON p.oid = o.oprcode
`);let a=!1;!n&&r===void 0&&(i+=`WHERE n.nspname <> 'pg_catalog'
      AND n.nspname <> 'information_schema'
`,a=!0),i+=U(a,"n.nspname","o.oprname"),o.length===1&&(i+=`      AND o.oprleft = 0
`);for(let l=0;l<o.length;l++)o[l]==="-"?i+=`      AND t${l}.typname IS NULL
`:i+=`      AND ${ll(l)}
`;return i+=x("1, 2, 3, 4"),{sql:i,params:W(),description:"List of operators"}},gl=e=>{let{verbose:t,serverVersion:n}=e,r=`SELECT
  d.datname as "Name",
  pg_catalog.pg_get_userbyid(d.datdba) as "Owner",
  pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding",
`;return P(n,15e4)?r+=`  CASE d.datlocprovider WHEN 'b' THEN 'builtin' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Locale Provider",
`:r+=`  'libc' AS "Locale Provider",
`,r+=`  d.datcollate as "Collate",
  d.datctype as "Ctype",
`,P(n,17e4)?r+=`  d.datlocale as "Locale",
`:P(n,15e4)?r+=`  d.daticulocale as "Locale",
`:r+=`  NULL as "Locale",
`,P(n,16e4)?r+=`  d.daticurules as "ICU Rules",
`:r+=`  NULL as "ICU Rules",
`,r+="  "+Se("d.datacl"),t&&(r+=`,
  CASE WHEN pg_catalog.has_database_privilege(d.datname, 'CONNECT')
       THEN pg_catalog.pg_size_pretty(pg_catalog.pg_database_size(d.datname))
       ELSE 'No Access'
  END as "Size",
  t.spcname as "Tablespace",
  pg_catalog.shobj_description(d.oid, 'pg_database') as "Description"`),r+=`
FROM pg_catalog.pg_database d
`,t&&(r+=`  JOIN pg_catalog.pg_tablespace t on d.dattablespace = t.oid
`),e.pattern!==void 0&&(r+=U(!1,void 0,"d.datname")),r+=x("1"),{sql:r,params:W(),description:"List of databases"}},hl=e=>{let{showSystem:t,pattern:n,serverVersion:r}=e,s=`SELECT n.nspname as "Schema",
  c.relname as "Name",
  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' END as "Type",
  `;return s+=Se("c.relacl"),s+=`,
  pg_catalog.array_to_string(ARRAY(
    SELECT attname || E':\\n  ' || pg_catalog.array_to_string(attacl, E'\\n  ')
    FROM pg_catalog.pg_attribute a
    WHERE attrelid = c.oid AND NOT attisdropped AND attacl IS NOT NULL
  ), E'\\n') AS "Column privileges"`,P(r,1e5)?s+=`,
  pg_catalog.array_to_string(ARRAY(
    SELECT polname
    || CASE WHEN NOT polpermissive THEN E' (RESTRICTIVE)' ELSE '' END
    || CASE WHEN polcmd != '*' THEN E' (' || polcmd::pg_catalog.text || E'):' ELSE E':' END
    || CASE WHEN polqual IS NOT NULL THEN E'\\n  (u): ' || pg_catalog.pg_get_expr(polqual, polrelid) ELSE E'' END
    || CASE WHEN polwithcheck IS NOT NULL THEN E'\\n  (c): ' || pg_catalog.pg_get_expr(polwithcheck, polrelid) ELSE E'' END
    || CASE WHEN polroles <> '{0}' THEN E'\\n  to: ' || pg_catalog.array_to_string(
             ARRAY(SELECT rolname FROM pg_catalog.pg_roles WHERE oid = ANY (polroles) ORDER BY 1)
             , E', ') ELSE E'' END
    FROM pg_catalog.pg_policy pol
    WHERE polrelid = c.oid), E'\\n') AS "Policies"`:P(r,90500)&&(s+=`,
  pg_catalog.array_to_string(ARRAY(
    SELECT polname
    || CASE WHEN polcmd != '*' THEN E' (' || polcmd::pg_catalog.text || E'):' ELSE E':' END
    || CASE WHEN polqual IS NOT NULL THEN E'\\n  (u): ' || pg_catalog.pg_get_expr(polqual, polrelid) ELSE E'' END
    || CASE WHEN polwithcheck IS NOT NULL THEN E'\\n  (c): ' || pg_catalog.pg_get_expr(polwithcheck, polrelid) ELSE E'' END
    || CASE WHEN polroles <> '{0}' THEN E'\\n  to: ' || pg_catalog.array_to_string(
             ARRAY(SELECT rolname FROM pg_catalog.pg_roles WHERE oid = ANY (polroles) ORDER BY 1)
             , E', ') ELSE E'' END
    FROM pg_catalog.pg_policy pol
    WHERE polrelid = c.oid), E'\\n') AS "Policies"`),s+=`
FROM pg_catalog.pg_class c
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r','v','m','S','f','p')
`,!t&&n===void 0&&(s+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname <> 'information_schema'
`),s+=U(!0,"n.nspname","c.relname"),s+=x("1, 2"),{sql:s,params:W(),description:"Access privileges"}},El=e=>{let{serverVersion:t}=e,n=`SELECT pg_catalog.pg_get_userbyid(d.defaclrole) AS "Owner",
  n.nspname AS "Schema",
  CASE d.defaclobjtype WHEN 'r' THEN 'table' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'function' WHEN 'T' THEN 'type' WHEN 'n' THEN 'schema'`;return P(t,18e4)&&(n+=" WHEN 'L' THEN 'large object'"),n+=` END AS "Type",
  `,n+=Se("d.defaclacl"),n+=`
FROM pg_catalog.pg_default_acl d
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
`,n+=U(!1,"n.nspname","pg_catalog.pg_get_userbyid(d.defaclrole)"),n+=x("1, 2, 3"),{sql:n,params:W(),description:"Default access privileges"}},Sl=e=>{let t=r=>!e.showSystem&&e.pattern===void 0?`WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema' /* ${r} */ `:`WHERE true /* ${r} */ `,n=`SELECT DISTINCT tt.nspname AS "Schema", tt.name AS "Name", tt.object AS "Object", d.description AS "Description"
FROM (
`;return n+=`  SELECT pgc.oid as oid, pgc.tableoid AS tableoid, n.nspname as nspname,
  CAST(pgc.conname AS pg_catalog.text) as name,  CAST('table constraint' AS pg_catalog.text) as object
  FROM pg_catalog.pg_constraint pgc
    JOIN pg_catalog.pg_class c ON c.oid = pgc.conrelid
    LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
`+t("table constraint")+`
`,n+=`UNION ALL
  SELECT pgc.oid, pgc.tableoid, n.nspname,
  CAST(pgc.conname AS pg_catalog.text),  CAST('domain constraint' AS pg_catalog.text)
  FROM pg_catalog.pg_constraint pgc
    JOIN pg_catalog.pg_type t ON t.oid = pgc.contypid
    LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
`+t("domain constraint")+`
`,n+=`UNION ALL
  SELECT o.oid, o.tableoid, n.nspname,
  CAST(o.opcname AS pg_catalog.text),  CAST('operator class' AS pg_catalog.text)
  FROM pg_catalog.pg_opclass o
    JOIN pg_catalog.pg_am am ON o.opcmethod = am.oid
    JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace
`+t("operator class")+`
`,n+=`UNION ALL
  SELECT opf.oid, opf.tableoid, n.nspname,
  CAST(opf.opfname AS pg_catalog.text),  CAST('operator family' AS pg_catalog.text)
  FROM pg_catalog.pg_opfamily opf
    JOIN pg_catalog.pg_am am ON opf.opfmethod = am.oid
    JOIN pg_catalog.pg_namespace n ON opf.opfnamespace = n.oid
`+t("operator family")+`
`,n+=`UNION ALL
  SELECT r.oid, r.tableoid, n.nspname,
  CAST(r.rulename AS pg_catalog.text),  CAST('rule' AS pg_catalog.text)
  FROM pg_catalog.pg_rewrite r
       JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
       LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename != '_RETURN'
`,n+=`UNION ALL
  SELECT t.oid, t.tableoid, n.nspname,
  CAST(t.tgname AS pg_catalog.text),  CAST('trigger' AS pg_catalog.text)
  FROM pg_catalog.pg_trigger t
       JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
       LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
`+t("trigger")+`
`,n+=`) AS tt
  JOIN pg_catalog.pg_description d ON (tt.oid = d.objoid AND tt.tableoid = d.classoid AND d.objsubid = 0)
`,n+=x("1, 2, 3"),{sql:n,params:W(),description:"Object descriptions"}},Tl=e=>{let{verbose:t,showSystem:n,pattern:r,serverVersion:s}=e,o=e.hideTableam??!1,i=`SELECT n.nspname as "Schema",
  c.relname as "Name",
  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type",
  pg_catalog.pg_get_userbyid(c.relowner) as "Owner"`;return t&&(i+=`,
  CASE c.relpersistence WHEN 'p' THEN 'permanent' WHEN 't' THEN 'temporary' WHEN 'u' THEN 'unlogged' END as "Persistence"`,!o&&P(s,12e4)&&(i+=`,
  am.amname as "Access method"`),i+=`,
  pg_catalog.pg_size_pretty(pg_catalog.pg_total_relation_size(c.oid)) as "Size",
  pg_catalog.obj_description(c.oid, 'pg_class') as "Description"`),i+=`
FROM pg_catalog.pg_class c
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`,t&&!o&&P(s,12e4)&&(i+=`
     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam`),i+=`
WHERE c.relkind IN ('r','p','v','m','S','f','')
`,!n&&r===void 0&&(i+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname !~ '^pg_toast'
      AND n.nspname <> 'information_schema'
`),i+=U(!0,"n.nspname","c.relname"),i+=x("1,2"),{sql:i,params:W(),description:"List of relations"}},_l=e=>{let{verbose:t,showSystem:n,pattern:r,serverVersion:s}=e,o=["CASE WHEN r.rolsuper THEN 'Superuser' END","CASE WHEN NOT r.rolinherit THEN 'No inheritance' END","CASE WHEN r.rolcreaterole THEN 'Create role' END","CASE WHEN r.rolcreatedb THEN 'Create DB' END","CASE WHEN NOT r.rolcanlogin THEN 'Cannot login' END","CASE WHEN r.rolreplication THEN 'Replication' END"];P(s,90500)&&o.push("CASE WHEN r.rolbypassrls THEN 'Bypass RLS' END"),o.push("CASE WHEN r.rolconnlimit >= 0 THEN pg_catalog.format('%s connection%s', r.rolconnlimit, CASE WHEN r.rolconnlimit = 1 THEN '' ELSE 's' END) END"),o.push("CASE WHEN r.rolvaliduntil IS NOT NULL THEN pg_catalog.format('Password valid until %s', r.rolvaliduntil) END");let i=`SELECT r.rolname AS "Role name",
  pg_catalog.array_to_string(ARRAY(
    SELECT a FROM (VALUES
        ${o.map(l=>`(${l})`).join(`,
        `)}
      ) AS x(a)
      WHERE a IS NOT NULL
  ), ', ') AS "Attributes"`;t&&(i+=`,
  pg_catalog.shobj_description(r.oid, 'pg_authid') AS "Description"`),i+=`
FROM pg_catalog.pg_roles r
`;let a=!1;return!n&&r===void 0&&(i+=`WHERE r.rolname !~ '^pg_'
`,a=!0),i+=U(a,void 0,"r.rolname"),i+=x("1"),{sql:i,params:W(),description:"List of roles"}},Rl=e=>{let t=`SELECT rolname AS "Role", datname AS "Database",
pg_catalog.array_to_string(setconfig, E'\\n') AS "Settings"
FROM pg_catalog.pg_db_role_setting s
LEFT JOIN pg_catalog.pg_database d ON d.oid = setdatabase
LEFT JOIN pg_catalog.pg_roles r ON r.oid = setrole
`,n=!1;e.pattern!==void 0&&(t+=U(n,void 0,"r.rolname"),n=!0),e.pattern2!==void 0&&(t+=U(n,void 0,"d.datname")),t+=x("1, 2");let r=[];return e.pattern!==void 0&&r.push(e.pattern),e.pattern2!==void 0&&r.push(e.pattern2),{sql:t,params:r,description:"List of settings"}},Al=e=>{let{showSystem:t,pattern:n,serverVersion:r}=e,s=`SELECT m.rolname AS "Role name", r.rolname AS "Member of",
  pg_catalog.concat_ws(', ',
`;P(r,16e4)?s+=`    CASE WHEN pam.admin_option THEN 'ADMIN' END,
    CASE WHEN pam.inherit_option THEN 'INHERIT' END,
    CASE WHEN pam.set_option THEN 'SET' END
`:s+=`    CASE WHEN pam.admin_option THEN 'ADMIN' END,
    CASE WHEN m.rolinherit THEN 'INHERIT' END,
    'SET'
`,s+=`  ) AS "Options",
  g.rolname AS "Grantor"
`,s+=`FROM pg_catalog.pg_roles m
     JOIN pg_catalog.pg_auth_members pam ON (pam.member = m.oid)
     LEFT JOIN pg_catalog.pg_roles r ON (pam.roleid = r.oid)
     LEFT JOIN pg_catalog.pg_roles g ON (pam.grantor = g.oid)
`;let o=!1;return!t&&n===void 0&&(s+=`WHERE m.rolname !~ '^pg_'
`,o=!0),s+=U(o,void 0,"m.rolname"),s+=x("1, 2, 4"),{sql:s,params:W(),description:"List of role grants"}},_t=e=>{let{verbose:t,showSystem:n,pattern:r,serverVersion:s}=e,o=e.hideTableam??!1,i=e.tabtypes??"",a=i.includes("t"),l=i.includes("i"),c=i.includes("v"),u=i.includes("m"),d=i.includes("s"),f=i.includes("E"),m=+a+ +l+ +c+ +u+ +d+ +f;m===0&&(a=c=u=d=f=!0);let p=`SELECT n.nspname as "Schema",
  c.relname as "Name",
  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type",
  pg_catalog.pg_get_userbyid(c.relowner) as "Owner"`;l&&(p+=`,
  c2.relname as "Table"`),t&&(p+=`,
  CASE c.relpersistence WHEN 'p' THEN 'permanent' WHEN 't' THEN 'temporary' WHEN 'u' THEN 'unlogged' END as "Persistence"`,!o&&P(s,12e4)&&(a||u||l)&&(p+=`,
  am.amname as "Access method"`),p+=`,
  pg_catalog.pg_size_pretty(pg_catalog.pg_total_relation_size(c.oid)) as "Size",
  pg_catalog.obj_description(c.oid, 'pg_class') as "Description"`),p+=`
FROM pg_catalog.pg_class c
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`,t&&!o&&P(s,12e4)&&(a||u||l)&&(p+=`
     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam`),l&&(p+=`
     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid`),p+=`
WHERE c.relkind IN (`;let g=[];a&&(g.push("'r'","'p'"),(n||r!==void 0)&&g.push("'t'")),c&&g.push("'v'"),u&&g.push("'m'"),l&&g.push("'i'","'I'"),d&&g.push("'S'"),(n||r!==void 0)&&g.push("'s'"),f&&g.push("'f'"),g.push("''"),p+=g.join(",")+`)
`,!n&&r===void 0&&(p+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname !~ '^pg_toast'
      AND n.nspname <> 'information_schema'
`),p+=U(!0,"n.nspname","c.relname"),p+=x("1,2");let h="List of relations";return m===1&&(a?h="List of tables":l?h="List of indexes":c?h="List of views":u?h="List of materialized views":d?h="List of sequences":f&&(h="List of foreign tables")),{sql:p,params:W(),description:h}},Nl=e=>{let{verbose:t,pattern:n,serverVersion:r}=e;if(Ee(r,1e5))return{sql:"/* server < 10 does not support declarative partitioning */ SELECT 1 WHERE false;",params:[],description:"List of partitioned relations"};let s=e.reltypes??"",o=s.includes("t"),i=s.includes("i"),a=s.includes("n");!o&&!i&&(o=i=!0);let l=o&&i,c=`SELECT n.nspname as "Schema",
  c.relname as "Name",
  pg_catalog.pg_get_userbyid(c.relowner) as "Owner"`;l&&(c+=`,
  CASE c.relkind WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type"`),(a||n!==void 0)&&(c+=`,
  inh.inhparent::pg_catalog.regclass as "Parent name"`),i&&(c+=`,
 c2.oid::pg_catalog.regclass as "Table"`),t&&(c+=`,
  am.amname as "Access method"`,a&&(c+=`,
  s.dps as "Leaf partition size"`),c+=`,
  s.tps as "Total size"`,c+=`,
  pg_catalog.obj_description(c.oid, 'pg_class') as "Description"`),c+=`
FROM pg_catalog.pg_class c
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`,i&&(c+=`
     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid`),(a||n!==void 0)&&(c+=`
     LEFT JOIN pg_catalog.pg_inherits inh ON c.oid = inh.inhrelid`),t&&(c+=`
     LEFT JOIN pg_catalog.pg_am am ON c.relam = am.oid`,Ee(r,12e4)?c+=`,
     LATERAL (WITH RECURSIVE d AS (
              SELECT inhrelid AS oid, 1 AS level FROM pg_catalog.pg_inherits WHERE inhparent = c.oid
              UNION ALL
              SELECT inhrelid, level + 1 FROM pg_catalog.pg_inherits i JOIN d ON i.inhparent = d.oid)
            SELECT pg_catalog.pg_size_pretty(sum(pg_catalog.pg_table_size(d.oid))) AS tps,
                   pg_catalog.pg_size_pretty(sum(CASE WHEN d.level = 1 THEN pg_catalog.pg_table_size(d.oid) ELSE 0 END)) AS dps
            FROM d) s`:c+=`,
     LATERAL (SELECT pg_catalog.pg_size_pretty(sum(
              CASE WHEN ppt.isleaf AND ppt.level = 1
                   THEN pg_catalog.pg_table_size(ppt.relid) ELSE 0 END)) AS dps,
              pg_catalog.pg_size_pretty(sum(pg_catalog.pg_table_size(ppt.relid))) AS tps
              FROM pg_catalog.pg_partition_tree(c.oid) ppt) s`),c+=`
WHERE c.relkind IN (`;let u=[];o&&u.push("'p'"),i&&u.push("'I'"),u.push("''"),c+=u.join(",")+`)
`,!a&&n===void 0&&(c+=` AND NOT c.relispartition
`),n===void 0&&(c+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname !~ '^pg_toast'
      AND n.nspname <> 'information_schema'
`),c+=U(!0,"n.nspname","c.relname"),c+=`ORDER BY "Schema", ${l?'"Type" DESC, ':""}${a||n!==void 0?'"Parent name" NULLS FIRST, ':""}"Name";`;let d=i&&!o?"List of partitioned indexes":o&&!i?"List of partitioned tables":"List of partitioned relations";return{sql:c,params:W(),description:d}},yl=e=>{let{verbose:t,showSystem:n,pattern:r}=e,s=`SELECT l.lanname AS "Name",
       pg_catalog.pg_get_userbyid(l.lanowner) as "Owner",
       l.lanpltrusted AS "Trusted"`;t&&(s+=`,
       NOT l.lanispl AS "Internal language",
       l.lanplcallfoid::pg_catalog.regprocedure AS "Call handler",
       l.lanvalidator::pg_catalog.regprocedure AS "Validator",
       l.laninline::pg_catalog.regprocedure AS "Inline handler",
       `+Se("l.lanacl")),s+=`,
       d.description AS "Description"
FROM pg_catalog.pg_language l
LEFT JOIN pg_catalog.pg_description d
  ON d.classoid = l.tableoid AND d.objoid = l.oid AND d.objsubid = 0
`;let o=!1;return r!==void 0&&(s+=U(o,void 0,"l.lanname"),o=!0),!n&&r===void 0&&(s+=`WHERE l.lanplcallfoid != 0
`,o=!0),s+=x("1"),{sql:s,params:W(),description:"List of languages"}},wl=e=>{let{verbose:t,showSystem:n,pattern:r}=e,s=`SELECT n.nspname as "Schema",
       t.typname as "Name",
       pg_catalog.format_type(t.typbasetype, t.typtypmod) as "Type",
       (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type bt
        WHERE c.oid = t.typcollation AND bt.oid = t.typbasetype AND t.typcollation <> bt.typcollation) as "Collation",
       CASE WHEN t.typnotnull THEN 'not null' END as "Nullable",
       t.typdefault as "Default",
       pg_catalog.array_to_string(ARRAY(
         SELECT pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r WHERE t.oid = r.contypid AND r.contype = 'c' ORDER BY r.conname
       ), ' ') as "Check"`;return t&&(s+=`,
  `+Se("t.typacl"),s+=`,
       d.description as "Description"`),s+=`
FROM pg_catalog.pg_type t
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
`,t&&(s+=`     LEFT JOIN pg_catalog.pg_description d ON d.classoid = t.tableoid AND d.objoid = t.oid AND d.objsubid = 0
`),s+=`WHERE t.typtype = 'd'
`,!n&&r===void 0&&(s+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname <> 'information_schema'
`),s+=U(!0,"n.nspname","t.typname"),s+=x("1, 2"),{sql:s,params:W(),description:"List of domains"}},Ll=e=>{let{verbose:t,showSystem:n,pattern:r}=e,s=`SELECT n.nspname AS "Schema",
       c.conname AS "Name",
       pg_catalog.pg_encoding_to_char(c.conforencoding) AS "Source",
       pg_catalog.pg_encoding_to_char(c.contoencoding) AS "Destination",
       CASE WHEN c.condefault THEN 'yes' ELSE 'no' END AS "Default?"`;return t&&(s+=`,
       d.description AS "Description"`),s+=`
FROM pg_catalog.pg_conversion c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
`,t&&(s+=`LEFT JOIN pg_catalog.pg_description d ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0
`),s+=`WHERE true
`,!n&&r===void 0&&(s+=`  AND n.nspname <> 'pg_catalog'
  AND n.nspname <> 'information_schema'
`),s+=U(!0,"n.nspname","c.conname"),s+=x("1, 2"),{sql:s,params:W(),description:"List of conversions"}},Ol=e=>{let{verbose:t,pattern:n,serverVersion:r}=e,s='SELECT s.name AS "Parameter", pg_catalog.current_setting(s.name) AS "Value"';return t&&(s+=', s.vartype AS "Type", s.context AS "Context", ',P(r,15e4)?s+=Se("p.paracl"):s+='NULL AS "Access privileges"'),s+=`
FROM pg_catalog.pg_settings s
`,t&&P(r,15e4)&&(s+=`  LEFT JOIN pg_catalog.pg_parameter_acl p ON pg_catalog.lower(s.name) = p.parname
`),n!==void 0?s+=U(!1,void 0,"pg_catalog.lower(s.name)"):s+=`WHERE s.source <> 'default' AND s.setting IS DISTINCT FROM s.boot_val
`,s+=x("1"),{sql:s,params:W(),description:n!==void 0?"List of configuration parameters":"List of non-default configuration parameters"}},bl=e=>{let{verbose:t}=e,n=`SELECT evtname as "Name", evtevent as "Event", pg_catalog.pg_get_userbyid(e.evtowner) as "Owner",
 case evtenabled when 'O' then 'enabled' when 'R' then 'replica' when 'A' then 'always' when 'D' then 'disabled' end as "Enabled",
 e.evtfoid::pg_catalog.regproc as "Function", pg_catalog.array_to_string(array(select x from pg_catalog.unnest(evttags) as t(x)), ', ') as "Tags"`;return t&&(n+=`,
pg_catalog.obj_description(e.oid, 'pg_event_trigger') as "Description"`),n+=`
FROM pg_catalog.pg_event_trigger e
`,n+=U(!1,void 0,"evtname"),n+=x("1"),{sql:n,params:W(),description:"List of event triggers"}},Il=e=>{let{verbose:t,serverVersion:n}=e;if(Ee(n,1e5))return{sql:"/* server < 10 does not support extended statistics */ SELECT 1 WHERE false;",params:[],description:"List of extended statistics"};let r=`SELECT
es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS "Schema",
es.stxname AS "Name",
`;return P(n,14e4)?r+=`pg_catalog.format('%s FROM %s', pg_catalog.pg_get_statisticsobjdef_columns(es.oid), es.stxrelid::pg_catalog.regclass) AS "Definition"`:r+=`pg_catalog.format('%s FROM %s',
  (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname),', ')
   FROM pg_catalog.unnest(es.stxkeys) s(attnum)
   JOIN pg_catalog.pg_attribute a
   ON (es.stxrelid = a.attrelid AND a.attnum = s.attnum AND NOT a.attisdropped)),
es.stxrelid::pg_catalog.regclass) AS "Definition"`,r+=`,
CASE WHEN 'd' = any(es.stxkind) THEN 'defined' END AS "Ndistinct",
CASE WHEN 'f' = any(es.stxkind) THEN 'defined' END AS "Dependencies"`,P(n,12e4)&&(r+=`,
CASE WHEN 'm' = any(es.stxkind) THEN 'defined' END AS "MCV"`),t&&(r+=`, 
pg_catalog.obj_description(oid, 'pg_statistic_ext') AS "Description"`),r+=`
FROM pg_catalog.pg_statistic_ext es
`,r+=U(!1,"es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text","es.stxname"),r+=x("1, 2"),{sql:r,params:W(),description:"List of extended statistics"}},Cl=e=>{let{verbose:t,serverVersion:n}=e,r=`SELECT pg_catalog.format_type(castsource, NULL) AS "Source type",
       pg_catalog.format_type(casttarget, NULL) AS "Target type",
       CASE WHEN c.castmethod = 'b' THEN '(binary coercible)'
            WHEN c.castmethod = 'i' THEN '(with inout)'
            ELSE p.proname
       END AS "Function",
       CASE WHEN c.castcontext = 'e' THEN 'no'
            WHEN c.castcontext = 'a' THEN 'in assignment'
            ELSE 'yes'
       END AS "Implicit?"`;return t&&(P(n,18e4)&&(r+=`,
       CASE WHEN p.proleakproof THEN 'yes' ELSE 'no' END AS "Leakproof?"`),r+=`,
       d.description AS "Description"`),r+=`
FROM pg_catalog.pg_cast c LEFT JOIN pg_catalog.pg_proc p
     ON c.castfunc = p.oid
     LEFT JOIN pg_catalog.pg_type ts ON c.castsource = ts.oid
     LEFT JOIN pg_catalog.pg_namespace ns ON ns.oid = ts.typnamespace
     LEFT JOIN pg_catalog.pg_type tt ON c.casttarget = tt.oid
     LEFT JOIN pg_catalog.pg_namespace nt ON nt.oid = tt.typnamespace
`,t&&(r+=`     LEFT JOIN pg_catalog.pg_description d ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0
`),r+="WHERE ( (true",r+=U(!0,"ns.nspname","ts.typname"),r+=") OR (true",r+=U(!0,"nt.nspname","tt.typname"),r+=`) )
`,r+=x("1, 2"),{sql:r,params:W(),description:"List of casts"}},vl=e=>{let{verbose:t,showSystem:n,pattern:r,serverVersion:s}=e,o=`SELECT
  n.nspname AS "Schema",
  c.collname AS "Name",
`;return P(s,1e5)?o+=`  CASE c.collprovider WHEN 'd' THEN 'default' WHEN 'b' THEN 'builtin' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Provider",
`:o+=`  'libc' AS "Provider",
`,o+=`  c.collcollate AS "Collate",
  c.collctype AS "Ctype",
`,P(s,17e4)?o+=`  c.colllocale AS "Locale",
`:P(s,15e4)?o+=`  c.colliculocale AS "Locale",
`:o+=`  c.collcollate AS "Locale",
`,P(s,16e4)?o+=`  c.collicurules AS "ICU Rules",
`:o+=`  NULL AS "ICU Rules",
`,P(s,12e4)?o+=`  CASE WHEN c.collisdeterministic THEN 'yes' ELSE 'no' END AS "Deterministic?"`:o+=`  'yes' AS "Deterministic?"`,t&&(o+=`,
  pg_catalog.obj_description(c.oid, 'pg_collation') AS "Description"`),o+=`
FROM pg_catalog.pg_collation c, pg_catalog.pg_namespace n
WHERE n.oid = c.collnamespace
`,!n&&r===void 0&&(o+=`      AND n.nspname <> 'pg_catalog'
      AND n.nspname <> 'information_schema'
`),o+=`      AND c.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding()))
`,o+=U(!0,"n.nspname","c.collname"),o+=x("1, 2"),{sql:o,params:W(),description:"List of collations"}},Pl=e=>{let{verbose:t,showSystem:n,pattern:r}=e,s=`SELECT n.nspname AS "Name",
  pg_catalog.pg_get_userbyid(n.nspowner) AS "Owner"`;return t&&(s+=`,
  `+Se("n.nspacl"),s+=`,
  pg_catalog.obj_description(n.oid, 'pg_namespace') AS "Description"`),s+=`
FROM pg_catalog.pg_namespace n
`,!n&&r===void 0&&(s+=`WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
`),s+=U(!n&&r===void 0,void 0,"n.nspname"),s+=x("1"),{sql:s,params:W(),description:"List of schemas"}},Dl=e=>{let{verbose:t}=e;if(t){let r=`SELECT p.oid,
  n.nspname,
  p.prsname
FROM pg_catalog.pg_ts_parser p
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
`;return r+=U(!1,"n.nspname","p.prsname"),r+=x("1, 2"),{sql:r,params:W(),description:"List of text search parsers (verbose)"}}let n=`SELECT
  n.nspname as "Schema",
  p.prsname as "Name",
  pg_catalog.obj_description(p.oid, 'pg_ts_parser') as "Description"
FROM pg_catalog.pg_ts_parser p
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
`;return n+=U(!1,"n.nspname","p.prsname"),n+=x("1, 2"),{sql:n,params:W(),description:"List of text search parsers"}};var kl=e=>{let{verbose:t}=e,n=`SELECT
  n.nspname as "Schema",
  d.dictname as "Name",
`;return t&&(n+=`  ( SELECT COALESCE(nt.nspname, '(null)')::pg_catalog.text || '.' || t.tmplname FROM
    pg_catalog.pg_ts_template t
    LEFT JOIN pg_catalog.pg_namespace nt ON nt.oid = t.tmplnamespace
    WHERE d.dicttemplate = t.oid ) AS "Template",
  d.dictinitoption as "Init options",
`),n+=`  pg_catalog.obj_description(d.oid, 'pg_ts_dict') as "Description"
FROM pg_catalog.pg_ts_dict d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
`,n+=U(!1,"n.nspname","d.dictname"),n+=x("1, 2"),{sql:n,params:W(),description:"List of text search dictionaries"}},Ml=e=>{let{verbose:t}=e,n;return t?n=`SELECT
  n.nspname AS "Schema",
  t.tmplname AS "Name",
  t.tmplinit::pg_catalog.regproc AS "Init",
  t.tmpllexize::pg_catalog.regproc AS "Lexize",
  pg_catalog.obj_description(t.oid, 'pg_ts_template') AS "Description"
`:n=`SELECT
  n.nspname AS "Schema",
  t.tmplname AS "Name",
  pg_catalog.obj_description(t.oid, 'pg_ts_template') AS "Description"
`,n+=`FROM pg_catalog.pg_ts_template t
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
`,n+=U(!1,"n.nspname","t.tmplname"),n+=x("1, 2"),{sql:n,params:W(),description:"List of text search templates"}},$l=e=>{let{verbose:t}=e;if(t){let r=`SELECT c.oid, c.cfgname, n.nspname, p.prsname, np.nspname as pnspname
FROM pg_catalog.pg_ts_config c
   LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace,
 pg_catalog.pg_ts_parser p
   LEFT JOIN pg_catalog.pg_namespace np ON np.oid = p.prsnamespace
WHERE p.oid = c.cfgparser
`;return r+=U(!0,"n.nspname","c.cfgname"),r+=x("3, 2"),{sql:r,params:W(),description:"List of text search configurations (verbose)"}}let n=`SELECT
   n.nspname as "Schema",
   c.cfgname as "Name",
   pg_catalog.obj_description(c.oid, 'pg_ts_config') as "Description"
FROM pg_catalog.pg_ts_config c
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
`;return n+=U(!1,"n.nspname","c.cfgname"),n+=x("1, 2"),{sql:n,params:W(),description:"List of text search configurations"}},Ul=e=>{let{verbose:t}=e,n=`SELECT fdw.fdwname AS "Name",
  pg_catalog.pg_get_userbyid(fdw.fdwowner) AS "Owner",
  fdw.fdwhandler::pg_catalog.regproc AS "Handler",
  fdw.fdwvalidator::pg_catalog.regproc AS "Validator"`;return t&&(n+=`,
  `+Se("fdwacl"),n+=`,
 CASE WHEN fdwoptions IS NULL THEN '' ELSE
  '(' || pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value) FROM pg_catalog.pg_options_to_table(fdwoptions)), ', ') || ')'
  END AS "FDW options",
  d.description AS "Description" `),n+=`
FROM pg_catalog.pg_foreign_data_wrapper fdw
`,t&&(n+=`LEFT JOIN pg_catalog.pg_description d ON d.classoid = fdw.tableoid AND d.objoid = fdw.oid AND d.objsubid = 0
`),n+=U(!1,void 0,"fdwname"),n+=x("1"),{sql:n,params:W(),description:"List of foreign-data wrappers"}},Hl=e=>{let{verbose:t}=e,n=`SELECT s.srvname AS "Name",
  pg_catalog.pg_get_userbyid(s.srvowner) AS "Owner",
  f.fdwname AS "Foreign-data wrapper"`;return t&&(n+=`,
  `+Se("s.srvacl"),n+=`,
  s.srvtype AS "Type",
  s.srvversion AS "Version",
  CASE WHEN srvoptions IS NULL THEN '' ELSE
  '(' || pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value) FROM pg_catalog.pg_options_to_table(srvoptions)), ', ') || ')'
  END AS "FDW options",
  d.description AS "Description"`),n+=`
FROM pg_catalog.pg_foreign_server s
     JOIN pg_catalog.pg_foreign_data_wrapper f ON f.oid=s.srvfdw
`,t&&(n+=`LEFT JOIN pg_catalog.pg_description d ON d.classoid = s.tableoid AND d.objoid = s.oid AND d.objsubid = 0
`),n+=U(!1,void 0,"s.srvname"),n+=x("1"),{sql:n,params:W(),description:"List of foreign servers"}},Fl=e=>{let{verbose:t}=e,n=`SELECT um.srvname AS "Server",
  um.usename AS "User name"`;return t&&(n+=`,
 CASE WHEN umoptions IS NULL THEN '' ELSE
  '(' || pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value) FROM pg_catalog.pg_options_to_table(umoptions)), ', ') || ')'
  END AS "FDW options"`),n+=`
FROM pg_catalog.pg_user_mappings um
`,n+=U(!1,void 0,"um.srvname"),n+=x("1, 2"),{sql:n,params:W(),description:"List of user mappings"}},ql=e=>{let{verbose:t}=e,n=`SELECT n.nspname AS "Schema",
  c.relname AS "Table",
  s.srvname AS "Server"`;return t&&(n+=`,
 CASE WHEN ftoptions IS NULL THEN '' ELSE
  '(' || pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value) FROM pg_catalog.pg_options_to_table(ftoptions)), ', ') || ')'
  END AS "FDW options",
  d.description AS "Description"`),n+=`
FROM pg_catalog.pg_foreign_table ft
  INNER JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
  INNER JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  INNER JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
`,t&&(n+=`   LEFT JOIN pg_catalog.pg_description d ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0
`),n+=U(!1,"n.nspname","c.relname"),n+=x("1, 2"),{sql:n,params:W(),description:"List of foreign tables"}},Bl=e=>{let{serverVersion:t}=e,n=P(t,18e4),r='SELECT e.extname AS "Name", e.extversion AS "Version", ';return n&&(r+='ae.default_version AS "Default version",'),r+=`n.nspname AS "Schema", d.description AS "Description"
FROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace LEFT JOIN pg_catalog.pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass`,n&&(r+=" LEFT JOIN pg_catalog.pg_available_extensions() ae(name, default_version, comment) ON ae.name = e.extname"),r+=`
`,r+=U(!1,void 0,"e.extname"),r+=x("1"),{sql:r,params:W(),description:"List of installed extensions"}};var xl=e=>{let{serverVersion:t}=e;if(Ee(t,1e5))return{sql:"/* server < 10 does not support publications */ SELECT 1 WHERE false;",params:[],description:"List of publications"};let n=`SELECT pubname AS "Name",
  pg_catalog.pg_get_userbyid(pubowner) AS "Owner",
  puballtables AS "All tables"`;return P(t,19e4)&&(n+=`,
  puballsequences AS "All sequences"`),n+=`,
  pubinsert AS "Inserts",
  pubupdate AS "Updates",
  pubdelete AS "Deletes"`,P(t,11e4)&&(n+=`,
  pubtruncate AS "Truncates"`),P(t,18e4)&&(n+=`,
 (CASE pubgencols WHEN 'n' THEN 'none' WHEN 's' THEN 'stored' END) AS "Generated columns"`),P(t,13e4)&&(n+=`,
  pubviaroot AS "Via root"`),n+=`
FROM pg_catalog.pg_publication
`,n+=U(!1,void 0,"pubname"),n+=x("1"),{sql:n,params:W(),description:"List of publications"}};var Wl=e=>{let{verbose:t,serverVersion:n}=e;if(Ee(n,1e5))return{sql:"/* server < 10 does not support subscriptions */ SELECT 1 WHERE false;",params:[],description:"List of subscriptions"};let r=`SELECT subname AS "Name"
,  pg_catalog.pg_get_userbyid(subowner) AS "Owner"
,  subenabled AS "Enabled"
,  subpublications AS "Publication"
`;return t&&(P(n,14e4)&&(r+=`, subbinary AS "Binary"
`,P(n,16e4)?r+=`, (CASE substream
    WHEN 'f' THEN 'off'
    WHEN 't' THEN 'on'
    WHEN 'p' THEN 'parallel'
   END) AS "Streaming"
`:r+=`, substream AS "Streaming"
`),P(n,15e4)&&(r+=`, subtwophasestate AS "Two-phase commit"
, subdisableonerr AS "Disable on error"
`),P(n,16e4)&&(r+=`, suborigin AS "Origin"
, subpasswordrequired AS "Password required"
, subrunasowner AS "Run as owner?"
`),P(n,17e4)&&(r+=`, subfailover AS "Failover"
`),P(n,19e4)&&(r+=`, (select srvname from pg_foreign_server where oid=subserver) AS "Server"
, subretaindeadtuples AS "Retain dead tuples"
, submaxretention AS "Max retention duration"
, subretentionactive AS "Retention active"
`),r+=`,  subsynccommit AS "Synchronous commit"
,  subconninfo AS "Conninfo"
`,P(n,19e4)&&(r+=`, subwalrcvtimeout AS "Receiver timeout"
`),P(n,15e4)&&(r+=`, subskiplsn AS "Skip LSN"
`),r+=`,  pg_catalog.obj_description(oid, 'pg_subscription') AS "Description"
`),r+=`FROM pg_catalog.pg_subscription
WHERE subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())`,r+=U(!0,void 0,"subname"),r+=x("1"),{sql:r,params:W(),description:"List of subscriptions"}},Vl=e=>{let{verbose:t}=e,n=`SELECT
  am.amname AS "AM",
  pg_catalog.format_type(c.opcintype, NULL) AS "Input type",
  CASE
    WHEN c.opckeytype <> 0 AND c.opckeytype <> c.opcintype
    THEN pg_catalog.format_type(c.opckeytype, NULL)
    ELSE NULL
  END AS "Storage type",
  CASE
    WHEN pg_catalog.pg_opclass_is_visible(c.oid)
    THEN pg_catalog.format('%I', c.opcname)
    ELSE pg_catalog.format('%I.%I', n.nspname, c.opcname)
  END AS "Operator class",
  (CASE WHEN c.opcdefault THEN 'yes' ELSE 'no' END) AS "Default?"`;t&&(n+=`,
  CASE
    WHEN pg_catalog.pg_opfamily_is_visible(of.oid)
    THEN pg_catalog.format('%I', of.opfname)
    ELSE pg_catalog.format('%I.%I', ofn.nspname, of.opfname)
  END AS "Operator family",
 pg_catalog.pg_get_userbyid(c.opcowner) AS "Owner"
`),n+=`
FROM pg_catalog.pg_opclass c
  LEFT JOIN pg_catalog.pg_am am on am.oid = c.opcmethod
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
  LEFT JOIN pg_catalog.pg_type t ON t.oid = c.opcintype
  LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
`,t&&(n+=`  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = c.opcfamily
  LEFT JOIN pg_catalog.pg_namespace ofn ON ofn.oid = of.opfnamespace
`);let r=!1;e.amPattern!==void 0&&(n+=U(r,void 0,"am.amname"),r=!0),e.typePattern!==void 0&&(n+=U(r,"tn.nspname","t.typname")),n+=x("1, 2, 4");let s=[];return e.amPattern!==void 0&&s.push(e.amPattern),e.typePattern!==void 0&&s.push(e.typePattern),{sql:n,params:s,description:"List of operator classes"}},Gl=e=>{let{verbose:t}=e,n=`SELECT
  am.amname AS "AM",
  CASE
    WHEN pg_catalog.pg_opfamily_is_visible(f.oid)
    THEN pg_catalog.format('%I', f.opfname)
    ELSE pg_catalog.format('%I.%I', n.nspname, f.opfname)
  END AS "Operator family",
  (SELECT
     pg_catalog.string_agg(pg_catalog.format_type(oc.opcintype, NULL), ', ')
   FROM pg_catalog.pg_opclass oc
   WHERE oc.opcfamily = f.oid) "Applicable types"`;t&&(n+=`,
  pg_catalog.pg_get_userbyid(f.opfowner) AS "Owner"
`),n+=`
FROM pg_catalog.pg_opfamily f
  LEFT JOIN pg_catalog.pg_am am on am.oid = f.opfmethod
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
`;let r=!1;e.amPattern!==void 0&&(n+=U(r,void 0,"am.amname"),r=!0),e.typePattern!==void 0&&(n+=`  ${r?"AND":"WHERE"} EXISTS (
    SELECT 1 FROM pg_catalog.pg_type t
    JOIN pg_catalog.pg_opclass oc ON oc.opcintype = t.oid
    LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
    WHERE oc.opcfamily = f.oid
`+U(!0,"tn.nspname","t.typname")+`  )
`),n+=x("1, 2");let s=[];return e.amPattern!==void 0&&s.push(e.amPattern),e.typePattern!==void 0&&s.push(e.typePattern),{sql:n,params:s,description:"List of operator families"}},Yl=e=>{let{verbose:t,serverVersion:n}=e,r=`SELECT
  am.amname AS "AM",
  CASE
    WHEN pg_catalog.pg_opfamily_is_visible(of.oid)
    THEN pg_catalog.format('%I', of.opfname)
    ELSE pg_catalog.format('%I.%I', nsf.nspname, of.opfname)
  END AS "Operator family",
  o.amopopr::pg_catalog.regoperator AS "Operator"
,  o.amopstrategy AS "Strategy",
  CASE o.amoppurpose
    WHEN 'o' THEN 'ordering'
    WHEN 's' THEN 'search'
  END AS "Purpose"
`;t&&(r+=', ofs.opfname AS "Sort opfamily"',P(n,18e4)&&(r+=`,
  CASE WHEN p.proleakproof THEN 'yes' ELSE 'no' END AS "Leakproof?"`),r+=`
`),r+=`FROM pg_catalog.pg_amop o
  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = o.amopfamily
  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod AND am.oid = o.amopmethod
  LEFT JOIN pg_catalog.pg_namespace nsf ON of.opfnamespace = nsf.oid
`,t&&(r+=`  LEFT JOIN pg_catalog.pg_opfamily ofs ON ofs.oid = o.amopsortfamily
`,P(n,18e4)&&(r+=`  LEFT JOIN pg_catalog.pg_operator op ON op.oid = o.amopopr
  LEFT JOIN pg_catalog.pg_proc p ON p.oid = op.oprcode
`));let s=!1;e.amPattern!==void 0&&(r+=U(s,void 0,"am.amname"),s=!0),e.familyPattern!==void 0&&(r+=U(s,"nsf.nspname","of.opfname")),r+=`ORDER BY 1, 2,
  o.amoplefttype = o.amoprighttype DESC,
  pg_catalog.format_type(o.amoplefttype, NULL),
  pg_catalog.format_type(o.amoprighttype, NULL),
  o.amopstrategy;`;let o=[];return e.amPattern!==void 0&&o.push(e.amPattern),e.familyPattern!==void 0&&o.push(e.familyPattern),{sql:r,params:o,description:"List of operators of operator families"}},Ql=e=>{let{verbose:t}=e,n=`SELECT
  am.amname AS "AM",
  CASE
    WHEN pg_catalog.pg_opfamily_is_visible(of.oid)
    THEN pg_catalog.format('%I', of.opfname)
    ELSE pg_catalog.format('%I.%I', ns.nspname, of.opfname)
  END AS "Operator family",
  pg_catalog.format_type(ap.amproclefttype, NULL) AS "Registered left type",
  pg_catalog.format_type(ap.amprocrighttype, NULL) AS "Registered right type",
  ap.amprocnum AS "Number"
`;n+=t?`, ap.amproc::pg_catalog.regprocedure AS "Function"
`:`, p.proname AS "Function"
`,n+=`FROM pg_catalog.pg_amproc ap
  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = ap.amprocfamily
  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod
  LEFT JOIN pg_catalog.pg_namespace ns ON of.opfnamespace = ns.oid
  LEFT JOIN pg_catalog.pg_proc p ON ap.amproc = p.oid
`;let r=!1;e.amPattern!==void 0&&(n+=U(r,void 0,"am.amname"),r=!0),e.familyPattern!==void 0&&(n+=U(r,"ns.nspname","of.opfname")),n+=`ORDER BY 1, 2,
  ap.amproclefttype = ap.amprocrighttype DESC,
  3, 4, 5;`;let s=[];return e.amPattern!==void 0&&s.push(e.amPattern),e.familyPattern!==void 0&&s.push(e.familyPattern),{sql:n,params:s,description:"List of support functions of operator families"}},ir=e=>{let{verbose:t}=e,n=`SELECT oid as "ID",
  pg_catalog.pg_get_userbyid(lomowner) as "Owner",
  `;return t&&(n+=Se("lomacl")+`,
  `),n+=`pg_catalog.obj_description(oid, 'pg_largeobject') as "Description"
FROM pg_catalog.pg_largeobject_metadata
ORDER BY oid`,{sql:n,params:[],description:"Large objects"}};var jl=e=>{let{oid:t,serverVersion:n}=e,r=P(n,90500),s=P(n,1e5),o=P(n,12e4),i=r?"c.relrowsecurity, c.relforcerowsecurity":"false AS relrowsecurity, false AS relforcerowsecurity",a=s?"c.relispartition":"false AS relispartition",l=o?"c.relam":"0::oid AS relam",c=o?"am.amname":"NULL::name AS amname",u=o?`  LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
`:"";return{sql:"SELECT "+i+`,
  c.relreplident,
  `+a+`,
  c.reltablespace,
  `+l+`,
  ts.spcname,
  `+c+`
FROM pg_catalog.pg_class c
  LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace
`+u+`WHERE c.oid = '${t}';`,params:[],description:"Relation footer info"}},Kl=e=>{let{oid:t,serverVersion:n}=e;return Ee(n,18e4)?{sql:"SELECT NULL::pg_catalog.text, NULL::pg_catalog.text, false, false WHERE false;",params:[],description:"Not-null constraints"}:{sql:`SELECT co.conname, at.attname, co.connoinherit, co.conislocal
FROM pg_catalog.pg_constraint co
  JOIN pg_catalog.pg_attribute at
    ON (at.attrelid = co.conrelid AND at.attnum = co.conkey[1])
WHERE co.contype = 'n' AND co.conrelid = '${t}'
ORDER BY at.attnum;`,params:[],description:"Not-null constraints"}},Xl=e=>{let{oid:t,serverVersion:n}=e;return{sql:`SELECT pol.polname,
  `+(P(n,1e5)?"pol.polpermissive":"'t' AS polpermissive")+`,
  CASE WHEN pol.polroles = '{0}' THEN NULL ELSE pg_catalog.array_to_string(array(SELECT rolname FROM pg_catalog.pg_roles WHERE oid = ANY (pol.polroles) ORDER BY 1), ', ') END AS roles,
  pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) AS qual,
  pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) AS withcheck,
  CASE pol.polcmd
    WHEN 'r' THEN 'SELECT'
    WHEN 'a' THEN 'INSERT'
    WHEN 'w' THEN 'UPDATE'
    WHEN 'd' THEN 'DELETE'
    END AS cmd
FROM pg_catalog.pg_policy pol
WHERE pol.polrelid = '${t}'
ORDER BY pol.polname;`,params:[],description:"Relation policies"}},zl=e=>{let{oid:t}=e;return{sql:`SELECT c.oid::pg_catalog.regclass
FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i
WHERE c.oid = i.inhparent AND i.inhrelid = '${t}'
  AND c.relkind NOT IN ('p', 'I')
ORDER BY inhseqno;`,params:[],description:"Inherited-from relations"}},Jl=e=>{let{oid:t,serverVersion:n}=e,r=P(n,14e4),s=P(n,1e5),o=r?"i.inhdetachpending":"false AS inhdetachpending",i=s?"pg_catalog.pg_get_expr(c.relpartbound, c.oid)":"NULL::text",a=s?"pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', c.oid::pg_catalog.regclass::pg_catalog.text":"c.oid::pg_catalog.regclass::pg_catalog.text";return{sql:`SELECT c.oid::pg_catalog.regclass, c.relkind,
  `+o+`,
  `+i+`
FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i
WHERE c.oid = i.inhrelid AND i.inhparent = '${t}'
ORDER BY ${a};`,params:[],description:"Inheriting / child relations"}},Zl=e=>{let{oid:t,serverVersion:n,withConstraint:r}=e,s=`SELECT inhparent::pg_catalog.regclass,
  pg_catalog.pg_get_expr(c.relpartbound, c.oid),
  `+(P(n,14e4)?"i.inhdetachpending":"false AS inhdetachpending");return r&&(s+=`,
  pg_catalog.pg_get_partition_constraintdef(c.oid)`),s+=`
FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_inherits i ON c.oid = i.inhrelid
WHERE c.oid = '${t}';`,{sql:s,params:[],description:"Partition-of details"}},ec=e=>({sql:`SELECT pg_catalog.pg_get_partkeydef('${e.oid}'::pg_catalog.oid);`,params:[],description:"Partition key"}),tc=e=>{let{oid:t}=e;return{sql:`SELECT s.srvname,
  pg_catalog.array_to_string(ARRAY(
    SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value)
    FROM pg_catalog.pg_options_to_table(ftoptions)),  ', ') AS ftoptions
FROM pg_catalog.pg_foreign_table f,
     pg_catalog.pg_foreign_server s
WHERE f.ftrelid = '${t}' AND s.oid = f.ftserver;`,params:[],description:"Foreign-table footer info"}};var nc=e=>{let{oid:t,serverVersion:n}=e;return Ee(n,1e5)?{sql:"/* server < 10 does not support extended statistics */ SELECT 1 WHERE false;",params:[],description:"Statistics objects"}:{sql:`SELECT es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS stxnsp,
  es.stxname,
  'd' = any(es.stxkind) AS ndist_enabled,
  'f' = any(es.stxkind) AS deps_enabled,
  'm' = any(es.stxkind) AS mcv_enabled,
  `+(P(n,14e4)?"pg_catalog.pg_get_statisticsobjdef_columns(es.oid)":`(SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ')
   FROM pg_catalog.unnest(es.stxkeys) k(attnum)
   JOIN pg_catalog.pg_attribute a ON a.attrelid = es.stxrelid AND a.attnum = k.attnum AND NOT a.attisdropped)`)+` AS columns,
  es.stxrelid::pg_catalog.regclass::pg_catalog.text AS stxrelname,
  es.stxstattarget
FROM pg_catalog.pg_statistic_ext es
WHERE es.stxrelid = '${t}'
ORDER BY stxnsp, es.stxname;`,params:[],description:"Statistics objects"}},rc=e=>{let{oid:t,serverVersion:n}=e;if(Ee(n,1e5))return{sql:"/* server < 10 does not support publications */ SELECT 1 WHERE false;",params:[],description:"Table publications"};let r=P(n,15e4),s=`SELECT pub.pubname
FROM pg_catalog.pg_publication pub
WHERE pub.puballtables
   OR EXISTS (
     SELECT 1 FROM pg_catalog.pg_publication_rel pr
     WHERE pr.prpubid = pub.oid AND pr.prrelid = '${t}'${P(n,19e4)?" AND NOT pr.prexcept":""}
   )`;return r&&(s+=`
   OR EXISTS (
     SELECT 1 FROM pg_catalog.pg_publication_namespace pn
     JOIN pg_catalog.pg_class c ON c.oid = '${t}'
     WHERE pn.pnpubid = pub.oid AND pn.pnnspid = c.relnamespace
   )`),s+=`
ORDER BY 1;`,{sql:s,params:[],description:"Table publications"}},sc=e=>{let{oid:t,serverVersion:n}=e;return Ee(n,1e5)?{sql:"/* server < 10 does not support subscriptions */ SELECT 1 WHERE false;",params:[],description:"Table subscriptions"}:{sql:`SELECT sub.subname
FROM pg_catalog.pg_subscription sub
JOIN pg_catalog.pg_subscription_rel sr ON sr.srsubid = sub.oid
WHERE sr.srrelid = '${t}'
ORDER BY 1;`,params:[],description:"Table subscriptions"}},oc=e=>{let{oid:t,serverVersion:n}=e;return Ee(n,19e4)?{sql:"/* server < 19 does not support publication EXCEPT lists */ SELECT 1 WHERE false;",params:[],description:"Excluded from publications"}:{sql:`SELECT pubname
FROM pg_catalog.pg_publication p
JOIN pg_catalog.pg_publication_rel pr ON p.oid = pr.prpubid
WHERE (pr.prrelid = '${t}' OR pr.prrelid = pg_catalog.pg_partition_root('${t}'))
AND pr.prexcept
ORDER BY 1;`,params:[],description:"Excluded from publications"}},ic=e=>{let{oid:t,serverVersion:n}=e;return Ee(n,19e4)?{sql:"/* server < 19 does not support sequence publications */ SELECT 1 WHERE false;",params:[],description:"Sequence publications"}:{sql:`SELECT pubname FROM pg_catalog.pg_publication p
WHERE p.puballsequences
 AND pg_catalog.pg_relation_is_publishable('${t}')
ORDER BY 1;`,params:[],description:"Sequence publications"}},ac=e=>{let{oid:t}=e;return{sql:`SELECT a.attname,
  pg_catalog.array_to_string(ARRAY(
    SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value)
    FROM pg_catalog.pg_options_to_table(a.attfdwoptions)), ', ') AS opts
FROM pg_catalog.pg_attribute a
WHERE a.attrelid = '${t}' AND a.attnum > 0 AND NOT a.attisdropped
  AND a.attfdwoptions IS NOT NULL
ORDER BY a.attnum;`,params:[],description:"Per-column FDW options"}};T();var Ms=e=>{switch(e.topt.format){case"aligned":case"wrapped":return ae;case"unaligned":return ht;case"csv":return ut;case"json":return ft;case"html":return dt;case"asciidoc":return ct;case"latex":return pt;case"latex-longtable":return mt;case"troff-ms":return gt;default:return ae}},D=e=>{if(e==null)return"";if(typeof e=="string")return e;if(Buffer.isBuffer(e))return e.toString("utf-8");if(typeof e=="number"||typeof e=="boolean"||typeof e=="bigint")return String(e);try{return JSON.stringify(e)}catch{return""}},$s=e=>({...e,rows:e.rows.map(t=>t.map(n=>n==null?null:D(n)))}),pE=()=>{let e="",n={write:r=>(typeof r=="string"?e+=r:e+=r.toString("utf-8"),!0),end:()=>!0,on:()=>n,once:()=>n,emit:()=>!0,removeListener:()=>n,addListener:()=>n,setDefaultEncoding:()=>n,cork:()=>{},uncork:()=>{},destroy:()=>n,writable:!0,writableEnded:!1,writableFinished:!1,toString:()=>e};return n},ne=async e=>{let t=pE();await e(t);let n=t.toString().replace(/\n+$/,"");return n===""?null:n},on=async(e,t,n,r,s)=>{let{sql:o,params:i}=ol(t.sql,n,t.params),a=await e.query(o,i),l=$s(a),c=t.description??s.title,u={...s,title:c,topt:{...s.topt,title:c??s.topt.title},footers:a.rows.length===0||s.footers!==null?s.footers:null};return await Ms(u).printQuery(l,u,r),a};var lc=async(e,t)=>{let n=ce({pattern:t,namevar:"c.relname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_table_is_visible(c.oid)"});if(n.dotCount>1)return null;let r=[...n.schemaConditions,...n.nameConditions,...n.visibilityConditions],s=`SELECT c.oid, n.nspname, c.relname, c.relkind
FROM pg_catalog.pg_class c
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
`;r.length>0&&(s+=`WHERE ${r.join(`
  AND `)}
`),s+="ORDER BY 2, 3 LIMIT 1;";let o=await e.query(s,n.params);if(o.rows.length===0)return null;let i=o.rows[0];return{oid:Number(D(i[0])),nspname:D(i[1]),relname:D(i[2]),relkind:D(i[3])}},Us=async(e,t,n,r,s,o,i,a,l=!1,c=!1)=>{let u=await mE(e,t),d=UE(s,n,r),f=!l&&s==="m"&&u.relam!==0&&u.amname?`${d}
Access method: ${u.amname}`:d,m=s==="f"?await kE(e,t):new Map,p=o&&(s==="r"||s==="m"||s==="p"||s==="f"||s==="v"||s==="I"||s==="i"),g=p&&P(e.serverVersion,14e4)&&!c&&(s==="r"||s==="p"||s==="m"),h=p&&(s==="r"||s==="i"||s==="I"||s==="m"||s==="f"||s==="p"),E=`SELECT a.attname,
  pg_catalog.format_type(a.atttypid, a.atttypmod),
  (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)
   FROM pg_catalog.pg_attrdef d
   WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef),
  a.attnotnull,
  (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t
   WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation,
  a.attidentity,
  a.attgenerated`+(p?`,
  CASE a.attstorage    WHEN 'p' THEN 'plain'    WHEN 'e' THEN 'external'    WHEN 'm' THEN 'main'    WHEN 'x' THEN 'extended'    ELSE '???'  END AS attstorage`+(g?`,
  CASE a.attcompression    WHEN 'p' THEN 'pglz'    WHEN 'l' THEN 'lz4'    WHEN '' THEN ''    ELSE '???'  END AS attcompression`:"")+(h?`,
  CASE WHEN a.attstattarget = -1 THEN NULL ELSE a.attstattarget::text END AS attstattarget`:"")+`,
  pg_catalog.col_description(a.attrelid, a.attnum)`:"")+`
FROM pg_catalog.pg_attribute a
WHERE a.attrelid = '${t}' AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum;`,S=await e.query(E,[]),_=m.size>0,b=s==="t",O=[De("Column"),De("Type")];b||(O.push(De("Collation")),O.push(De("Nullable")),O.push(De("Default"))),p&&(O.push(De("Storage")),g&&O.push(De("Compression")),h&&O.push(De("Stats target")),O.push(De("Description"))),_&&O.push(De("FDW options"));let L=S.rows.map(y=>{let B=D(y[0]),G=D(y[1]),X=y[2]===null?null:D(y[2]),re=String(y[3])==="t"||y[3]===!0,be=y[4]===null?null:D(y[4]),fe=D(y[5]??""),le=D(y[6]??""),Te=re?"not null":"",se=X??"";fe==="a"?se="generated always as identity":fe==="d"?se="generated by default as identity":le==="s"?se=se?`generated always as (${se}) stored`:"":le==="v"&&(se=se?`generated always as (${se})`:"");let Ie=b?[B,G]:[B,G,be??"",Te,se];if(p){let te=7,Vd=D(y[te++]??"");if(Ie.push(Vd),g){let Mr=D(y[te++]??"");Ie.push(Mr)}if(h){let Mr=y[te]===null?"":D(y[te]??"");te++,Ie.push(Mr)}let Gd=y[te]===null?"":D(y[te]??"");Ie.push(Gd)}if(_){let te=m.get(B);Ie.push(te?`(${te})`:"")}return Ie}),w={command:"SELECT",rowCount:L.length,oid:null,fields:O,rows:L,notices:[]},N=[],C=y=>{y!==null&&N.push(y)};if((s==="v"||s==="m")&&o){let y=await e.query(`SELECT pg_catalog.pg_get_viewdef('${t}'::pg_catalog.oid, true);`,[]);y.rows.length>0&&C(`View definition:
${D(y.rows[0][0])}`)}s==="p"&&C(await ne(y=>gE(e,t,y))),u.relispartition&&C(await ne(y=>hE(e,t,o,y))),s==="t"&&C(await ne(y=>ME(e,t,y))),(s==="r"||s==="m"||s==="p"||s==="t")&&C(await ne(y=>yE(e,t,y))),(s==="r"||s==="p"||s==="f")&&C(await ne(y=>wE(e,t,y))),o&&(s==="r"||s==="p"||s==="f")&&C(await ne(y=>LE(e,t,y))),(s==="r"||s==="p")&&(C(await ne(y=>OE(e,t,y))),C(await ne(y=>bE(e,t,y)))),(s==="r"||s==="p"||s==="v")&&C(await ne(y=>IE(e,t,y))),(s==="r"||s==="p")&&C(await ne(y=>EE(e,t,u,y))),s==="f"&&C(await ne(y=>SE(e,t,y))),(s==="r"||s==="p"||s==="f")&&C(await ne(y=>TE(e,t,y))),(s==="r"||s==="p"||s==="f")&&C(await ne(y=>_E(e,t,s,o,y))),(s==="r"||s==="p"||s==="m"||s==="f")&&C(await ne(y=>vE(e,t,y))),(s==="r"||s==="p"||s==="m"||s==="f")&&C(await ne(y=>PE(e,t,y))),(s==="r"||s==="p"||s==="m"||s==="f")&&C(await ne(y=>DE(e,t,y))),o&&(s==="r"||s==="m"||s==="p"||s==="f")&&C(await ne(y=>CE(e,t,y))),o&&(s==="r"||s==="m")&&C(await ne(y=>{RE(n,u,y)})),o&&C(await ne(y=>{AE(s,u,y)})),!l&&o&&(s==="r"||s==="p")&&C(await ne(y=>{NE(u,y)}));let v={...a,title:f,topt:{...a.topt,title:f,defaultFooter:!1},footers:N.length>0?N:null};await Ms(v).printQuery($s(w),v,i)},mE=async(e,t)=>{let n=jl({oid:t,serverVersion:e.serverVersion}),r=await e.query(n.sql,n.params);if(r.rows.length===0)return{rowsecurity:!1,forcerowsecurity:!1,relreplident:"d",relispartition:!1,reltablespace:0,relam:0,spcname:null,amname:null};let s=r.rows[0];return{rowsecurity:Oe(s[0]),forcerowsecurity:Oe(s[1]),relreplident:D(s[2]??"d")||"d",relispartition:Oe(s[3]),reltablespace:Number(D(s[4]??"0"))||0,relam:Number(D(s[5]??"0"))||0,spcname:s[6]===null||s[6]===void 0?null:D(s[6]),amname:s[7]===null||s[7]===void 0?null:D(s[7])}},Oe=e=>e===!0||typeof e=="string"&&(e==="t"||e==="true"),gE=async(e,t,n)=>{let r=ec({oid:t}),s=await e.query(r.sql,r.params);if(s.rows.length===0)return;let o=D(s.rows[0][0]??"");o!==""&&n.write(`Partition key: ${o}
`)},hE=async(e,t,n,r)=>{let s=Zl({oid:t,serverVersion:e.serverVersion,withConstraint:n}),o=await e.query(s.sql,s.params);if(o.rows.length===0)return;let i=o.rows[0],a=D(i[0]??""),l=D(i[1]??""),c=Oe(i[2])?" DETACH PENDING":"";if(r.write(`Partition of: ${a} ${l}${c}
`),n){let u=i[3]===null||i[3]===void 0?"":D(i[3]);u===""?r.write(`No partition constraint
`):r.write(`Partition constraint: ${u}
`)}},EE=async(e,t,n,r)=>{let s=Xl({oid:t,serverVersion:e.serverVersion}),o=await e.query(s.sql,s.params),i=o.rows.length,{rowsecurity:a,forcerowsecurity:l}=n,c=null;if(a&&!l&&i>0?c="Policies:":a&&l&&i>0?c="Policies (forced row security enabled):":a&&!l&&i===0?c="Policies (row security enabled): (none)":a&&l&&i===0?c="Policies (forced row security enabled): (none)":!a&&i>0&&(c="Policies (row security disabled):"),c!==null){r.write(`${c}
`);for(let u of o.rows){let d=D(u[0]),f=Oe(u[1]),m=u[2]===null||u[2]===void 0?null:D(u[2]),p=u[3]===null||u[3]===void 0?null:D(u[3]),g=u[4]===null||u[4]===void 0?null:D(u[4]),h=u[5]===null||u[5]===void 0?null:D(u[5]),E=`    POLICY "${d}"`;f||(E+=" AS RESTRICTIVE"),h!==null&&h!==""&&(E+=` FOR ${h}`),m!==null&&(E+=`
      TO ${m}`),p!==null&&(E+=`
      USING (${p})`),g!==null&&(E+=`
      WITH CHECK (${g})`),r.write(`${E}
`)}}},SE=async(e,t,n)=>{let r=tc({oid:t}),s=await e.query(r.sql,r.params);if(s.rows.length===0)return;let o=s.rows[0],i=D(o[0]??""),a=o[1]===null||o[1]===void 0?"":D(o[1]);i!==""&&n.write(`Server: ${i}
`),a!==""&&n.write(`FDW options: (${a})
`)},TE=async(e,t,n)=>{let r=zl({oid:t}),s=await e.query(r.sql,r.params);if(s.rows.length===0)return;let o="Inherits",i=" ".repeat(8);s.rows.forEach((a,l)=>{let c=D(a[0]),u=l===0?`${o}: `:`${i}  `,d=l<s.rows.length-1?",":"";n.write(`${u}${c}${d}
`)})},_E=async(e,t,n,r,s)=>{let o=n==="p"||n==="I",i=Jl({oid:t,serverVersion:e.serverVersion}),a=await e.query(i.sql,i.params),l=a.rows.length;if(o&&l===0){s.write(`Number of partitions: 0
`);return}if(!r){if(l===0)return;o?s.write(`Number of partitions: ${l} (Use \\d+ to list them.)
`):s.write(`Number of child tables: ${l} (Use \\d+ to list them.)
`);return}let c=o?"Partitions":"Child tables",u=" ".repeat(c.length);a.rows.forEach((d,f)=>{let m=D(d[0]),p=D(d[1]??""),g=Oe(d[2]),h=d[3]===null||d[3]===void 0?"":D(d[3]),E=`${f===0?`${c}: `:`${u}  `}${m}`;h!==""&&(E+=` ${h}`),p==="p"||p==="I"?E+=", PARTITIONED":p==="f"&&(E+=", FOREIGN"),g&&(E+=" (DETACH PENDING)"),f<a.rows.length-1&&(E+=","),s.write(`${E}
`)})},RE=(e,t,n)=>{let r=t.relreplident;if(r==="i")return;let s=e==="pg_catalog";if(!s&&r==="d"||s&&r==="n")return;let o=r==="f"?"FULL":r==="d"||r==="n"?"NOTHING":"???";n.write(`Replica Identity: ${o}
`)},AE=(e,t,n)=>{(e==="r"||e==="m"||e==="i"||e==="I"||e==="p"||e==="t")&&(t.reltablespace===0||!t.spcname||n.write(`Tablespace: "${t.spcname}"
`))},NE=(e,t)=>{e.relam===0||!e.amname||t.write(`Access method: ${e.amname}
`)},yE=async(e,t,n)=>{let r=`SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered,
  i.indisvalid,
  pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),
  pg_catalog.pg_get_constraintdef(con.oid, true),
  contype, condeferrable, condeferred,
  i.indisreplident,
  c2.reltablespace
FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i
  LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x'))
WHERE c.oid = '${t}' AND c.oid = i.indrelid AND i.indexrelid = c2.oid
ORDER BY i.indisprimary DESC, c2.relname;`,s=await e.query(r,[]);if(s.rows.length!==0){n.write(`Indexes:
`);for(let o of s.rows){let i=D(o[0]),a=String(o[1])==="t"||o[1]===!0,l=String(o[2])==="t"||o[2]===!0,c=String(o[3])==="t"||o[3]===!0,u=String(o[4])==="t"||o[4]===!0,d=D(o[5]),f=o[6]!==null?D(o[6]):"",m=o[7]===null?"":D(o[7]),p=String(o[8])==="t"||o[8]===!0,g=String(o[9])==="t"||o[9]===!0,h=String(o[10])==="t"||o[10]===!0,E=`    "${i}"`,S=d.indexOf(" USING "),_=S>=0?d.slice(S+7):d;m==="x"?E+=` ${f}`:(a?E+=" PRIMARY KEY,":l&&(E+=m==="u"?" UNIQUE CONSTRAINT,":" UNIQUE,"),E+=` ${_}`,p&&(E+=" DEFERRABLE"),g&&(E+=" INITIALLY DEFERRED")),c&&(E+=" CLUSTER"),u||(E+=" INVALID"),h&&(E+=" REPLICA IDENTITY"),n.write(`${E}
`)}}},wE=async(e,t,n)=>{let r=`SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true)
FROM pg_catalog.pg_constraint r
WHERE r.conrelid = '${t}' AND r.contype = 'c'
ORDER BY 1;`,s=await e.query(r,[]);if(s.rows.length!==0){n.write(`Check constraints:
`);for(let o of s.rows)n.write(`    "${D(o[0])}" ${D(o[1])}
`)}},LE=async(e,t,n)=>{let r=Kl({oid:t,serverVersion:e.serverVersion}),s=await e.query(r.sql,r.params);if(s.rows.length!==0){n.write(`Not-null constraints:
`);for(let o of s.rows){let i=D(o[0]),a=D(o[1]),l=Oe(o[2]),c=Oe(o[3]),u=`    "${i}" NOT NULL "${a}"`;l?u+=" NO INHERIT":c||(u+=" (inherited)"),n.write(`${u}
`)}}},OE=async(e,t,n)=>{let r=`SELECT conname, pg_catalog.pg_get_constraintdef(oid, true) AS condef
FROM pg_catalog.pg_constraint
WHERE conrelid = '${t}' AND contype = 'f'
ORDER BY conname;`,s=await e.query(r,[]);if(s.rows.length!==0){n.write(`Foreign-key constraints:
`);for(let o of s.rows)n.write(`    "${D(o[0])}" ${D(o[1])}
`)}},bE=async(e,t,n)=>{let r=`SELECT conname, conrelid::pg_catalog.regclass,
  pg_catalog.pg_get_constraintdef(oid, true) AS condef
FROM pg_catalog.pg_constraint
WHERE confrelid = '${t}' AND contype = 'f'
ORDER BY conname;`,s=await e.query(r,[]);if(s.rows.length!==0){n.write(`Referenced by:
`);for(let o of s.rows)n.write(`    TABLE "${D(o[1])}" CONSTRAINT "${D(o[0])}" ${D(o[2])}
`)}},IE=async(e,t,n)=>{let r=`SELECT t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true) AS tgdef, t.tgenabled
FROM pg_catalog.pg_trigger t
WHERE t.tgrelid = '${t}' AND NOT t.tgisinternal
ORDER BY 1;`,s=await e.query(r,[]);if(s.rows.length!==0){n.write(`Triggers:
`);for(let o of s.rows)n.write(`    ${D(o[1])}
`)}},CE=async(e,t,n)=>{let r=nc({oid:t,serverVersion:e.serverVersion}),s=await e.query(r.sql,r.params);if(s.rows.length!==0){n.write(`Statistics objects:
`);for(let o of s.rows){let i=D(o[0]??""),a=D(o[1]??""),l=Oe(o[2]),c=Oe(o[3]),u=Oe(o[4]),d=D(o[5]??""),f=D(o[6]??""),m=[];l&&m.push("ndistinct"),c&&m.push("dependencies"),u&&m.push("mcv");let p=m.length>0?` (${m.join(", ")})`:"";n.write(`    "${i}"."${a}"${p} ON ${d} FROM ${f}
`)}}},vE=async(e,t,n)=>{let r=rc({oid:t,serverVersion:e.serverVersion}),s=await e.query(r.sql,r.params);if(s.rows.length!==0){n.write(`Publications:
`);for(let o of s.rows)n.write(`    "${D(o[0]??"")}"
`)}},PE=async(e,t,n)=>{let r=oc({oid:t,serverVersion:e.serverVersion}),s=await e.query(r.sql,r.params);if(s.rows.length!==0){n.write(`Excluded from publications:
`);for(let o of s.rows)n.write(`    "${D(o[0]??"")}"
`)}},DE=async(e,t,n)=>{let r=sc({oid:t,serverVersion:e.serverVersion}),s;try{s=await e.query(r.sql,r.params)}catch(o){if($E(o))return;throw o}if(s.rows.length!==0){n.write(`Subscriptions:
`);for(let o of s.rows)n.write(`    "${D(o[0]??"")}"
`)}},kE=async(e,t)=>{let n=ac({oid:t}),r=await e.query(n.sql,n.params),s=new Map;for(let o of r.rows){let i=D(o[0]??""),a=D(o[1]??"");i!==""&&a!==""&&s.set(i,a)}return s},ME=async(e,t,n)=>{let r=`SELECT n.nspname, c.relname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.reltoastrelid = '${t}'
LIMIT 1;`,s=await e.query(r,[]);if(s.rows.length===0)return;let o=D(s.rows[0][0]??""),i=D(s.rows[0][1]??"");i!==""&&n.write(`Owning table: "${o}.${i}"
`)},$E=e=>{if(e===null||typeof e!="object")return!1;let t=e.code;if(typeof t=="string"&&t==="42501")return!0;let n=e.message;return!!(typeof n=="string"&&/permission denied/i.test(n))},cc=async(e,t,n,r,s,o)=>{let i=`SELECT pg_catalog.format_type(seqtypid, NULL) AS "Type",
  seqstart AS "Start", seqmin AS "Minimum", seqmax AS "Maximum",
  seqincrement AS "Increment",
  CASE WHEN seqcycle THEN 'yes' ELSE 'no' END AS "Cycles?",
  seqcache AS "Cache"
FROM pg_catalog.pg_sequence WHERE seqrelid = '${t}';`,a=await e.query(i,[]),l=`Sequence "${n}.${r}"`,c=`SELECT pg_catalog.quote_ident(nspname) || '.' || pg_catalog.quote_ident(relname) || '.' || pg_catalog.quote_ident(attname)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_depend d ON c.oid = d.refobjid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
  AND d.objid = '${t}' AND d.deptype IN ('a', 'i');`,u=await e.query(c,[]),d=[];u.rows.length>0&&d.push(`Owned by: ${D(u.rows[0][0])}`);let f=ic({oid:t,serverVersion:e.serverVersion}),m=await e.query(f.sql,f.params);if(m.rows.length>0){let g=m.rows.map(h=>`    "${D(h[0]??"")}"`).join(`
`);d.push(`Included in publications:
${g}`)}let p={...o,title:l,topt:{...o.topt,title:l,defaultFooter:!1},footers:d.length>0?d:null};await Ms(p).printQuery($s(a),p,s)};var uc=async(e,t,n,r,s,o,i=!1,a=!1)=>{await Us(e,t,n,r,"v",i,s,o,!1,a)},UE=(e,t,n)=>{switch(e){case"r":return`Table "${t}.${n}"`;case"v":return`View "${t}.${n}"`;case"m":return`Materialized view "${t}.${n}"`;case"S":return`Sequence "${t}.${n}"`;case"i":return`Index "${t}.${n}"`;case"I":return`Partitioned index "${t}.${n}"`;case"p":return`Partitioned table "${t}.${n}"`;case"f":return`Foreign table "${t}.${n}"`;case"t":return`TOAST table "${t}.${n}"`;case"c":return`Composite type "${t}.${n}"`;default:return`Relation "${t}.${n}"`}},De=e=>({name:e,tableID:0,columnID:0,dataTypeID:25,dataTypeSize:-1,dataTypeModifier:-1,format:0});var V=(e,t)=>{let n=e.slice(t.length),r=!1,s=!1;for(let o of n)o==="+"?r=!0:o==="S"&&(s=!0);return{verbose:r,showSystem:s}},F=e=>e.settings.db,q=e=>(R(`\\${e.cmdName}: no current connection
`),{status:"error",errorWritten:!0}),Rt=e=>{let t=e;return typeof t.database=="string"?t.database:""},Ne=(e,t,n,r)=>e===null?null:t.dotCount>n?`improper qualified name (too many dotted names): ${e}`:n>=1&&t.dotCount===n&&t.dbLiteral!==null&&t.dbLiteral!==r?`cross-database references are not implemented: ${e}`:null,Y=async(e,t,n,r,s=2,o={})=>{let i=F(e);if(!i)return q(e);let a=ce({...r,pattern:t}),l=Ne(t,a,s,Rt(i));if(l!==null)return R(`${l}
`),{status:"error",errorWritten:!0};try{let c=e.settings.popt,u=o.suppressDefaultFooter?{...c,topt:{...c.topt,defaultFooter:!1}}:c;return await on(i,n,a,process.stdout,u),{status:"ok"}}catch(c){return R(`\\${e.cmdName}: ${ln(c)}
`),{status:"error",errorWritten:!0}}},yc=(e,t,n)=>{let r="true /* TODO(WP-20): pattern matching */",s=e,o=[...t];for(let i of n){let a=s.indexOf(r);if(a<0)break;let l=[...i.schemaConditions,...i.nameConditions,...i.visibilityConditions],c=o.length,u=l.map(f=>f.replace(/\$(\d+)/g,(m,p)=>`$${Number(p)+c}`));o.push(...i.params);let d=u.length===0?"true":`(${u.join(" AND ")})`;s=s.slice(0,a)+d+s.slice(a+40)}return{sql:s,params:o}},an=async(e,t,n)=>{let r=F(e);if(!r)return q(e);let{sql:s,params:o}=yc(t.sql,[],n),i={...t,sql:s,params:o},a={schemaConditions:[],nameConditions:[],visibilityConditions:[],params:[],dotCount:0,dbLiteral:null};try{return await on(r,i,a,process.stdout,e.settings.popt),{status:"ok"}}catch(l){return R(`\\${e.cmdName}: ${ln(l)}
`),{status:"error",errorWritten:!0}}},HE=(e,t,n)=>{let r=e,s=[...t];for(let o=0;o<n.length;o++){let i=`true /* ARG_PATTERN_${o} */`,a=r.indexOf(i);if(a<0)continue;let l=n[o],c="true";if(l!==null){let u=[...l.schemaConditions,...l.nameConditions,...l.visibilityConditions];if(u.length>0){let d=s.length,f=u.map(m=>m.replace(/\$(\d+)/g,(p,g)=>`$${Number(g)+d}`));s.push(...l.params),c=`(${f.join(" AND ")})`}}r=r.slice(0,a)+c+r.slice(a+i.length)}return{sql:r,params:s}},FE={decimal:"numeric",float:"double precision",int:"integer","bool[]":"boolean[]","decimal[]":"numeric[]","float[]":"double precision[]","float4[]":"real[]","float8[]":"double precision[]","int[]":"integer[]","int2[]":"smallint[]","int4[]":"integer[]","int8[]":"bigint[]","time[]":"time without time zone[]","timetz[]":"time with time zone[]","timestamp[]":"timestamp without time zone[]","timestamptz[]":"timestamp with time zone[]","varbit[]":"bit varying[]","varchar[]":"character varying[]"},qE=e=>FE[e.toLowerCase()]??e,wc=(e,t)=>{if(t==="-")return null;let n=qE(t);return ce({pattern:n,schemavar:`nt${e}.nspname`,namevar:`t${e}.typname`,altnamevar:`pg_catalog.format_type(t${e}.oid, NULL)`,visibilityrule:`pg_catalog.pg_type_is_visible(t${e}.oid)`})},Lc=e=>{let t=[];for(;;){let n=e.nextArg("normal");if(n===null)break;t.push(n)}return t},Oc=async(e,t,n,r,s)=>{let o=F(e);if(!o)return q(e);let i=ce({...s,pattern:t}),a=Ne(t,i,2,Rt(o));if(a!==null)return R(`${a}
`),{status:"error",errorWritten:!0};let{sql:l,params:c}=HE(r.sql,r.params,n),u={...r,sql:l,params:c};try{return await on(o,u,i,process.stdout,e.settings.popt),{status:"ok"}}catch(d){return R(`\\${e.cmdName}: ${ln(d)}
`),{status:"error",errorWritten:!0}}},ln=e=>e instanceof Error?e.message:String(e),dc=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(t.cmdName,e);if(n&&!/[*?]/.test(n))try{let l=await lc(r,n);if(l)return await BE(t,r,l,s),{status:"ok"}}catch(l){return R(`\\${t.cmdName}: ${ln(l)}
`),{status:"error",errorWritten:!0}}let i=t.cmdName.slice(e.length).includes("x")&&n===null,a=t.settings.popt;i&&(t.settings.popt={...a,topt:{...a.topt,expanded:"on"}});try{return await xE(t,r,e,n,s,o)}finally{t.settings.popt=a}}}),BE=async(e,t,n,r)=>{let s=e.settings.popt;switch(n.relkind){case"S":await cc(t,n.oid,n.nspname,n.relname,process.stdout,s);return;case"v":await uc(t,n.oid,n.nspname,n.relname,process.stdout,s,r,e.settings.hideCompression);return;default:await Us(t,n.oid,n.nspname,n.relname,n.relkind,r,process.stdout,s,e.settings.hideTableam,e.settings.hideCompression)}},xE=async(e,t,n,r,s,o)=>{let i=t.serverVersion,a=e.settings.hideTableam,l,c="";switch(n){case"d":l=Tl({pattern:r??void 0,verbose:s,showSystem:o,serverVersion:i,hideTableam:a});break;case"dt":c="t",l=_t({pattern:r??void 0,verbose:s,showSystem:o,serverVersion:i,tabtypes:c,hideTableam:a});break;case"di":c="i",l=_t({pattern:r??void 0,verbose:s,showSystem:o,serverVersion:i,tabtypes:c,hideTableam:a});break;case"dv":c="v",l=_t({pattern:r??void 0,verbose:s,showSystem:o,serverVersion:i,tabtypes:c,hideTableam:a});break;case"dm":c="m",l=_t({pattern:r??void 0,verbose:s,showSystem:o,serverVersion:i,tabtypes:c,hideTableam:a});break;case"ds":c="s",l=_t({pattern:r??void 0,verbose:s,showSystem:o,serverVersion:i,tabtypes:c,hideTableam:a});break;case"dE":c="E",l=_t({pattern:r??void 0,verbose:s,showSystem:o,serverVersion:i,tabtypes:c,hideTableam:a});break;default:return{status:"error"}}return Y(e,r,l,{namevar:"c.relname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_table_is_visible(c.oid)"})},WE=["d","dt","di","dv","dm","ds","dE"],Qe=["","+","S","S+","+S"],VE=["x","+x","x+","Sx","xS","+Sx","+xS"],GE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"df"),i="",a=e.slice(2);for(let f of a)(f==="a"||f==="n"||f==="p"||f==="t"||f==="w")&&(i+=f);let l=[];n!==null&&l.push(...Lc(t));let c=l.map((f,m)=>wc(m,f)),u=a.includes("x"),d=t.settings.popt;u&&(t.settings.popt={...d,topt:{...d.topt,expanded:"on"}});try{let f=fl({pattern:n??void 0,verbose:s,showSystem:o,functypes:i,argPatterns:l,serverVersion:r.serverVersion});return await Oc(t,n,c,f,{namevar:"p.proname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_function_is_visible(p.oid)"})}finally{t.settings.popt=d}}}),YE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{showSystem:s}=V(e,"da"),o=cl({pattern:n??void 0,showSystem:s,serverVersion:r.serverVersion});return Y(t,n,o,{namevar:"p.proname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_function_is_visible(p.oid)"})}}),fc=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let s=e.startsWith("dAm"),o=s?"dAm":"dA",{verbose:i}=V(e,o),a=ul({pattern:n??void 0,verbose:s?!0:i,serverVersion:r.serverVersion}),l=await Y(t,n,a,{namevar:"amname"},0);for(let c=t.nextArg("normal");c!==null;)R(`\\${o}: extra argument "${c}" ignored
`),c=t.nextArg("normal");return l}}),QE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=n?t.nextArg("normal"):null,s=F(t);if(!s)return q(t);let{verbose:o}=V(e,"dAc"),i=Vl({amPattern:n??void 0,typePattern:r??void 0,verbose:o,serverVersion:s.serverVersion}),a=[],l=Rt(s);if(n!==null){let c=ce({namevar:"am.amname",pattern:n}),u=Ne(n,c,0,l);if(u!==null)return R(`${u}
`),{status:"error",errorWritten:!0};a.push(c)}if(r!==null){let c=ce({namevar:"t.typname",schemavar:"tn.nspname",pattern:r}),u=Ne(r,c,2,l);if(u!==null)return R(`${u}
`),{status:"error",errorWritten:!0};a.push(c)}return an(t,i,a)}}),jE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=n?t.nextArg("normal"):null,s=F(t);if(!s)return q(t);let{verbose:o}=V(e,"dAf"),i=Gl({amPattern:n??void 0,typePattern:r??void 0,verbose:o,serverVersion:s.serverVersion}),a=[],l=Rt(s);if(n!==null){let c=ce({namevar:"am.amname",pattern:n}),u=Ne(n,c,0,l);if(u!==null)return R(`${u}
`),{status:"error",errorWritten:!0};a.push(c)}if(r!==null){let c=ce({namevar:"t.typname",schemavar:"tn.nspname",pattern:r}),u=Ne(r,c,2,l);if(u!==null)return R(`${u}
`),{status:"error",errorWritten:!0};a.push(c)}return an(t,i,a)}}),KE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=n?t.nextArg("normal"):null,s=F(t);if(!s)return q(t);let{verbose:o}=V(e,"dAo"),i=Yl({amPattern:n??void 0,familyPattern:r??void 0,verbose:o,serverVersion:s.serverVersion}),a=[],l=Rt(s);if(n!==null){let c=ce({namevar:"am.amname",pattern:n}),u=Ne(n,c,0,l);if(u!==null)return R(`${u}
`),{status:"error",errorWritten:!0};a.push(c)}if(r!==null){let c=ce({namevar:"of.opfname",schemavar:"nsf.nspname",pattern:r}),u=Ne(r,c,2,l);if(u!==null)return R(`${u}
`),{status:"error",errorWritten:!0};a.push(c)}return an(t,i,a)}}),pc=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=n?t.nextArg("normal"):null,s=F(t);if(!s)return q(t);let{verbose:o}=V(e,"dAp"),i=e.slice(3).includes("x"),a=t.settings.popt;i&&(t.settings.popt={...a,topt:{...a.topt,expanded:"on"}});try{let l=Ql({amPattern:n??void 0,familyPattern:r??void 0,verbose:o,serverVersion:s.serverVersion}),c=[],u=Rt(s);if(n!==null){let d=ce({namevar:"am.amname",pattern:n}),f=Ne(n,d,0,u);if(f!==null)return R(`${f}
`),{status:"error",errorWritten:!0};c.push(d)}if(r!==null){let d=ce({namevar:"of.opfname",schemavar:"ns.nspname",pattern:r}),f=Ne(r,d,2,u);if(f!==null)return R(`${f}
`),{status:"error",errorWritten:!0};c.push(d)}return await an(t,l,c)}finally{t.settings.popt=a}}}),XE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"dT"),i=pl({pattern:n??void 0,verbose:s,showSystem:o,serverVersion:r.serverVersion});return Y(t,n,i,{namevar:"t.typname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_type_is_visible(t.oid)"})}}),zE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"do"),i=[];n!==null&&(i=Lc(t)),i.length>2&&(i=i.slice(0,2));let a=i.map((c,u)=>wc(u,c)),l=ml({pattern:n??void 0,verbose:s,showSystem:o,argPatterns:i,serverVersion:r.serverVersion});return Oc(t,n,a,l,{namevar:"o.oprname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_operator_is_visible(o.oid)"})}}),mc=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let s=e.startsWith("du")?"du":"dg",{verbose:o,showSystem:i}=V(e,s),a=_l({pattern:n??void 0,verbose:o,showSystem:i,serverVersion:r.serverVersion});return Y(t,n,a,{namevar:"r.rolname"},0,{suppressDefaultFooter:!0})}}),gc={name:"drds",run:async e=>{let t=e.nextArg("normal"),n=t?e.nextArg("normal"):null,r=F(e);if(!r)return q(e);let s=Rl({pattern:t??void 0,pattern2:n??void 0,serverVersion:r.serverVersion}),o=[],i=Rt(r);if(t!==null){let u=ce({namevar:"r.rolname",pattern:t}),d=Ne(t,u,0,i);if(d!==null)return R(`${d}
`),{status:"error",errorWritten:!0};o.push(u)}if(n!==null){let u=ce({namevar:"d.datname",pattern:n}),d=Ne(n,u,0,i);if(d!==null)return R(`${d}
`),{status:"error",errorWritten:!0};o.push(u)}if(t===null&&n===null)return an(e,s,o);let{sql:a,params:l}=yc(s.sql,[],o),c={...s,sql:a,params:l};try{return(await r.query(a,l)).rows.length===0&&!e.settings.quiet?(t!==null&&n!==null?R(`Did not find any settings for role "${t}" and database "${n}".
`):t!==null&&R(`Did not find any settings for role "${t}".
`),{status:"ok"}):(await on(r,c,{schemaConditions:[],nameConditions:[],visibilityConditions:[],params:[],dotCount:0,dbLiteral:null},process.stdout,e.settings.popt),{status:"ok"})}catch(u){return R(`\\${e.cmdName}: ${ln(u)}
`),{status:"error",errorWritten:!0}}}},JE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"dn"),i=Pl({pattern:n??void 0,verbose:s,showSystem:o,serverVersion:r.serverVersion});return Y(t,n,i,{namevar:"n.nspname"},1)}}),ZE=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s}=V(e,"db"),o=dl({pattern:n??void 0,verbose:s,serverVersion:r.serverVersion});return Y(t,n,o,{namevar:"spcname"},0)}}),eS=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"dD"),i=wl({pattern:n??void 0,verbose:s,showSystem:o,serverVersion:r.serverVersion});return Y(t,n,i,{namevar:"t.typname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_type_is_visible(t.oid)"})}}),tS=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"dc"),i=Ll({pattern:n??void 0,verbose:s,showSystem:o,serverVersion:r.serverVersion});return Y(t,n,i,{namevar:"c.conname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_conversion_is_visible(c.oid)"})}}),nS=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s}=V(e,"dC"),o=Cl({pattern:n??void 0,verbose:s,serverVersion:r.serverVersion});return Y(t,n,o,{namevar:"ts.typname",schemavar:"ns.nspname"})}}),rS=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"dL"),i=yl({pattern:n??void 0,verbose:s,showSystem:o,serverVersion:r.serverVersion});return Y(t,n,i,{namevar:"l.lanname"},1)}}),sS=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s,showSystem:o}=V(e,"dO"),i=vl({pattern:n??void 0,verbose:s,showSystem:o,serverVersion:r.serverVersion});return Y(t,n,i,{namevar:"c.collname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_collation_is_visible(c.oid)"})}}),hc=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let s=e.startsWith("z")?"z":"dp",{showSystem:o}=V(e,s),i=e.slice(s.length).includes("x"),a=t.settings.popt;i&&(t.settings.popt={...a,topt:{...a.topt,expanded:"on"}});try{let l=hl({pattern:n??void 0,showSystem:o,serverVersion:r.serverVersion});return await Y(t,n,l,{namevar:"c.relname",schemavar:"n.nspname",visibilityrule:"pg_catalog.pg_table_is_visible(c.oid)"})}finally{t.settings.popt=a}}}),oS={name:"ddp",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let r=El({pattern:t??void 0,serverVersion:n.serverVersion});return Y(e,t,r,{namevar:"pg_catalog.pg_get_userbyid(d.defaclrole)",schemavar:"n.nspname"})}},iS={name:"dd",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{showSystem:r}=V(e.cmdName,"dd"),s=Sl({pattern:t??void 0,showSystem:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"tt.name",schemavar:"tt.nspname"})}},Ec={name:"l",aliases:["list"],run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"l"),s=gl({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"d.datname"})}},Sc={name:"dconfig",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dconfig"),s=Ol({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"pg_catalog.lower(s.name)"},0)}},aS={name:"dy",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dy"),s=bl({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"evtname"},0)}},Tc={name:"dx",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let r=Bl({pattern:t??void 0,serverVersion:n.serverVersion});return Y(e,t,r,{namevar:"e.extname"},0)}},lS={name:"dl",aliases:["lo_list"],run:async e=>{let t=F(e);if(!t)return q(e);let{verbose:n}=V(e.cmdName,"dl"),r=ir({verbose:n,serverVersion:t.serverVersion});return Y(e,null,r,{namevar:"oid"})}},_c={name:"dF",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dF"),s=$l({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"c.cfgname",schemavar:"n.nspname"})}},Rc={name:"dFp",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dFp"),s=Dl({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"p.prsname",schemavar:"n.nspname"})}},Ac={name:"dFd",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dFd"),s=kl({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"d.dictname",schemavar:"n.nspname"})}},Nc={name:"dFt",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dFt"),s=Ml({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"t.tmplname",schemavar:"n.nspname"})}},cS={name:"dew",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dew"),s=Ul({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"fdwname"},0)}},uS={name:"des",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"des"),s=Hl({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"s.srvname"},0)}},dS={name:"deu",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"deu"),s=Fl({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"um.srvname"},0)}},fS={name:"det",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"det"),s=ql({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"c.relname",schemavar:"n.nspname"})}},pS={name:"dP",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dP"),s="";e.cmdName.includes("i")&&(s+="i"),e.cmdName.includes("t")&&(s+="t"),e.cmdName.includes("n")&&(s+="n");let o=Nl({pattern:t??void 0,verbose:r,reltypes:s,serverVersion:n.serverVersion});return Y(e,t,o,{namevar:"c.relname",schemavar:"n.nspname"})}},mS=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{verbose:s}=V(e,"dX"),o=Il({pattern:n??void 0,verbose:s,serverVersion:r.serverVersion});return Y(t,n,o,{namevar:"es.stxname",schemavar:"es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text"})}}),gS=e=>({name:e,run:async t=>{let n=t.nextArg("normal"),r=F(t);if(!r)return q(t);let{showSystem:s}=V(e,"drg"),o=Al({pattern:n??void 0,showSystem:s,serverVersion:r.serverVersion});return Y(t,n,o,{namevar:"m.rolname"},0)}}),hS={name:"dRp",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let r=xl({pattern:t??void 0,serverVersion:n.serverVersion});return Y(e,t,r,{namevar:"pubname"},0)}},ES={name:"dRs",run:async e=>{let t=e.nextArg("normal"),n=F(e);if(!n)return q(e);let{verbose:r}=V(e.cmdName,"dRs"),s=Wl({pattern:t??void 0,verbose:r,serverVersion:n.serverVersion});return Y(e,t,s,{namevar:"subname"},0)}},bc=e=>{for(let t of WE)for(let n of Qe){let r=t+n;e.register({...dc(t),name:r})}for(let t of VE)e.register({...dc("d"),name:"d"+t});for(let t of["","+","S","S+","+S","a","n","p","t","w","x","ax","nx","px","tx","wx","xa","xn","xp","xt","xw","a+","n+","p+","t+","w+","x+","a+x","x+a"])e.register(GE("df"+t));for(let t of["","S"])e.register(YE("da"+t));for(let t of["","+"])e.register(fc("dA"+t)),e.register(fc("dAm"+t)),e.register(QE("dAc"+t)),e.register(jE("dAf"+t)),e.register(KE("dAo"+t)),e.register(pc("dAp"+t));for(let t of["x","x+","+x","xS","Sx"])e.register(pc("dAp"+t));for(let t of Qe)e.register(XE("dT"+t));for(let t of Qe)e.register(zE("do"+t));for(let t of["","+","S","S+","+S"])e.register(mc("du"+t)),e.register(mc("dg"+t));for(let t of Qe)e.register(JE("dn"+t));for(let t of Qe)e.register(eS("dD"+t));for(let t of Qe)e.register(tS("dc"+t));for(let t of["","+"])e.register(nS("dC"+t));for(let t of["","+"])e.register(ZE("db"+t));for(let t of Qe)e.register(rS("dL"+t));for(let t of Qe)e.register(sS("dO"+t));for(let t of["","S","x","Sx","xS"])e.register(hc("dp"+t)),e.register(hc("z"+t));e.register(oS),e.register(iS),e.register(Ec),e.register({...Ec,name:"l+",aliases:["list+"]}),e.register(Sc),e.register({...Sc,name:"dconfig+"}),e.register(aS),e.register(Tc),e.register({...Tc,name:"dx+"}),e.register(lS),e.register(_c),e.register({..._c,name:"dF+"}),e.register(Rc),e.register({...Rc,name:"dFp+"}),e.register(Ac),e.register({...Ac,name:"dFd+"}),e.register(Nc),e.register({...Nc,name:"dFt+"});for(let t of["dew","dew+"])e.register({...cS,name:t});for(let t of["des","des+"])e.register({...uS,name:t});for(let t of["deu","deu+"])e.register({...dS,name:t});for(let t of["det","det+"])e.register({...fS,name:t});for(let t of["dP","dP+","dPi","dPi+","dPin","dPin+","dPt","dPt+","dPtn","dPtn+","dPn","dPn+"])e.register({...pS,name:t});e.register(gc),e.register({...gc,name:"drds+"});for(let t of["","+"])e.register(mS("dX"+t));for(let t of["","+","S","S+","+S"])e.register(gS("drg"+t));for(let t of["dRp","dRp+"])e.register({...hS,name:t});for(let t of["dRs","dRs+"])e.register({...ES,name:t})};T();import{promises as Ic}from"node:fs";import{Buffer as ar}from"node:buffer";var lr=e=>e.settings.db,cr=e=>(R(`\\${e.cmdName}: no connection to the server
`),e.settings.lastErrorResult={message:"no connection to the server"},{status:"error"}),ge=e=>e instanceof Error?e.message:String(e),SS=e=>`\\x${e.toString("hex")}`,Cc=e=>{if(!/^\d+$/.test(e))return null;let t=Number(e);return!Number.isFinite(t)||t<0||t>4294967295?null:t},vc=e=>{if(e==null)return"";if(typeof e=="string")return e;if(ar.isBuffer(e))return e.toString("utf-8");if(typeof e=="number"||typeof e=="boolean"||typeof e=="bigint")return String(e);try{return JSON.stringify(e)}catch{return""}},Pc=async(e,t)=>{let n=lr(e);if(!n)return cr(e);let r=ir({verbose:t,serverVersion:n.serverVersion});try{let s=await n.query(r.sql,r.params),o={...s,rows:s.rows.map(l=>l.map(c=>c==null?null:vc(c)))},i=r.description??e.settings.popt.title,a={...e.settings.popt,title:i,topt:{...e.settings.popt.topt,title:i??e.settings.popt.topt.title}};return await ae.printQuery(o,a,process.stdout),{status:"ok"}}catch(s){return R(`\\${e.cmdName}: ${ge(s)}
`),e.settings.lastErrorResult={message:ge(s)},{status:"error"}}},TS={name:"lo_list",helpKey:"lo_list",run:e=>Pc(e,!1)},_S={name:"lo_list+",helpKey:"lo_list",run:e=>Pc(e,!0)},RS={name:"lo_import",helpKey:"lo_import",run:async e=>{let t=lr(e);if(!t)return cr(e);let n=e.nextArg("normal");if(n===null||n.length===0)return R(`\\lo_import: missing required argument
`),e.settings.lastErrorResult={message:"missing required argument"},{status:"error"};let r=e.nextArg("normal"),s=r!==null&&r.length>0?r:null,o;try{o=await Ic.readFile(n)}catch(a){return R(`\\lo_import: ${ge(a)}
`),e.settings.lastErrorResult={message:ge(a)},{status:"error"}}let i;try{let a=await t.query("SELECT pg_catalog.lo_from_bytea(0, $1::bytea)",[SS(o)]);if(a.rows.length===0)throw new Error("lo_from_bytea returned no rows");if(i=vc(a.rows[0][0]),!/^\d+$/.test(i))throw new Error(`lo_from_bytea returned invalid oid: ${i}`)}catch(a){return R(`\\lo_import: ${ge(a)}
`),e.settings.lastErrorResult={message:ge(a)},{status:"error"}}if(s!==null)try{await t.execSimple(`COMMENT ON LARGE OBJECT ${i} IS ${t.escapeLiteral(s)}`)}catch(a){return R(`\\lo_import: ${ge(a)}
`),e.settings.lastErrorResult={message:ge(a)},{status:"error"}}return e.settings.vars.set("LASTOID",i),M(`lo_import ${i}
`),{status:"ok"}}},AS={name:"lo_export",helpKey:"lo_export",run:async e=>{let t=lr(e);if(!t)return cr(e);let n=e.nextArg("normal"),r=e.nextArg("normal");if(n===null||r===null||r.length===0)return R(`\\lo_export: missing required argument
`),e.settings.lastErrorResult={message:"missing required argument"},{status:"error"};let s=Cc(n);if(s===null)return R(`\\lo_export: "${n}" is not a valid large object OID
`),e.settings.lastErrorResult={message:"invalid OID"},{status:"error"};let o;try{let i=await t.query("SELECT pg_catalog.lo_get($1::oid)",[s]);if(i.rows.length===0)throw new Error("lo_get returned no rows");let a=i.rows[0][0];o=NS(a)}catch(i){return R(`\\lo_export: ${ge(i)}
`),e.settings.lastErrorResult={message:ge(i)},{status:"error"}}try{await Ic.writeFile(r,o)}catch(i){return R(`\\lo_export: ${ge(i)}
`),e.settings.lastErrorResult={message:ge(i)},{status:"error"}}return M(`lo_export
`),{status:"ok"}}},NS=e=>{if(ar.isBuffer(e))return e;if(typeof e!="string")throw new Error(`lo_get returned unexpected cell type: ${typeof e}`);if(e.startsWith("\\x"))return ar.from(e.slice(2),"hex");let t=[],n=0;for(;n<e.length;){if(e[n]==="\\"){if(e[n+1]==="\\"){t.push(92),n+=2;continue}if(/^[0-7][0-7][0-7]$/.test(e.slice(n+1,n+4))){t.push(parseInt(e.slice(n+1,n+4),8)),n+=4;continue}}t.push(e.charCodeAt(n)),n++}return ar.from(t)},yS={name:"lo_unlink",helpKey:"lo_unlink",run:async e=>{let t=lr(e);if(!t)return cr(e);let n=e.nextArg("normal");if(n===null)return R(`\\lo_unlink: missing required argument
`),e.settings.lastErrorResult={message:"missing required argument"},{status:"error"};let r=Cc(n);if(r===null)return R(`\\lo_unlink: "${n}" is not a valid large object OID
`),e.settings.lastErrorResult={message:"invalid OID"},{status:"error"};try{await t.query("SELECT pg_catalog.lo_unlink($1::oid)",[r])}catch(s){return R(`\\lo_unlink: ${ge(s)}
`),e.settings.lastErrorResult={message:ge(s)},{status:"error"}}return M(`lo_unlink ${String(r)}
`),{status:"ok"}}},Dc=e=>{e.register(TS),e.register(_S),e.register(RS),e.register(AS),e.register(yS)};T();T();var wS=/^\d+$/,kc=/^[+-]?\d+$/,LS=e=>{let t="",n=!1,r=!1,s=0;for(;s<e.length;){let o=e[s];if(o==='"'){if(r=!0,n&&e[s+1]==='"'){t+='"',s+=2;continue}n=!n,s++;continue}t+=n?o:o.toLowerCase(),s++}return{value:t,hadQuotes:r}},ur=(e,t,n)=>{if(typeof e=="number"){if(!Number.isInteger(e))return{ok:!1,error:`column number ${String(e)} is not an integer`};let a=e<0?-1:1,l=Math.abs(e);return l<1||l>t.length?{ok:!1,error:`column number ${String(l)} is out of range 1..${String(t.length)}`}:{ok:!0,index:l-1,sign:n?a:1}}let r=e.trim(),s=1;if(n&&(r.startsWith("+")||r.startsWith("-"))){r.startsWith("-")&&(s=-1);let a=r.slice(1);a.length>0&&(r=a)}if(r.length===0)return{ok:!1,error:"empty column reference"};if(wS.test(r)){let a=parseInt(r,10);return a<1||a>t.length?{ok:!1,error:`column number ${String(a)} is out of range 1..${String(t.length)}`}:{ok:!0,index:a-1,sign:s}}let{value:o}=LS(r),i=-1;for(let a=0;a<t.length;a++)if(t[a].name===o){if(i>=0)return{ok:!1,error:`ambiguous column name: "${o}"`};i=a}return i===-1?{ok:!1,error:`column name not found: "${o}"`}:{ok:!0,index:i,sign:s}},OS=Symbol.for("neonctl.psql.crosstab.null"),Mc=e=>{if(e==null)return OS;if(typeof e=="string")return`s:${e}`;if(typeof e=="number")return`n:${String(e)}`;if(typeof e=="bigint")return`i:${String(e)}`;if(typeof e=="boolean")return`b:${String(e)}`;if(e instanceof Date)return`d:${e.toISOString()}`;if(e instanceof Uint8Array){let t="x:";for(let n of e)t+=n.toString(16).padStart(2,"0");return t}return`j:${JSON.stringify(e)}`},cn=(e,t)=>{if(e==null)return t;if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="bigint")return e.toString();if(typeof e=="boolean")return e?"t":"f";if(e instanceof Date)return e.toISOString();if(e instanceof Uint8Array){let n="\\x";for(let r of e)n+=r.toString(16).padStart(2,"0");return n}return JSON.stringify(e)},bS=(e,t,n)=>{let r=e==null,s=t==null;if(r&&s)return 0;if(r)return 1;if(s)return-1;let o=typeof e=="string"?e:cn(e,""),i=typeof t=="string"?t:cn(t,"");if(kc.test(o)&&kc.test(i)){let a=parseInt(o,10),l=parseInt(i,10);return a<l?-1*n:a>l?1*n:0}return o<i?-1*n:o>i?1*n:0},IS=(e,t,n="")=>{if(e.fields.length<3)return{error:"query must return at least three columns"};let r=t.colV??1,s=t.colH??2,o=ur(r,e.fields,!1);if(!o.ok)return{error:o.error};let i=ur(s,e.fields,!1);if(!i.ok)return{error:i.error};if(o.index===i.index)return{error:"vertical and horizontal headers must be different columns"};let a;if(t.colD===void 0){let E=-1;for(let S=0;S<e.fields.length;S++)if(S!==o.index&&S!==i.index){E=S;break}if(E<0)return{error:"no data column available"};a=E}else{let E=ur(t.colD,e.fields,!1);if(!E.ok)return{error:E.error};a=E.index}let l=-1,c=1;if(t.sortColH!==void 0){let E=ur(t.sortColH,e.fields,!0);if(!E.ok)return{error:E.error};l=E.index,c=E.sign}let u=new Map,d=new Map,f=new Map;for(let E of e.rows){let S=E[o.index],_=E[i.index],b=E[a],O=Mc(S),L=Mc(_),w=u.get(O);w||(w={key:O,value:S,rank:u.size,sortValue:null},u.set(O,w));let N=d.get(L);if(!N){if(d.size>=1600)return{error:"maximum number of columns (1600) exceeded"};N={key:L,value:_,rank:d.size,sortValue:l>=0?E[l]:null},d.set(L,N)}let C=`${String(w.rank)}|${String(N.rank)}`;if(f.has(C))return{error:`query result contains multiple data values for row "${cn(w.value,"(null)")}", column "${cn(N.value,"(null)")}"`};f.set(C,b)}let m=Array.from(d.values());l>=0&&m.sort((E,S)=>{let _=bS(E.sortValue,S.sortValue,c);return _!==0?_:E.rank-S.rank});let p=Array.from(u.values()).sort((E,S)=>E.rank-S.rank),g=[{...e.fields[o.index]},...m.map(E=>({...e.fields[a],name:cn(E.value,n)}))],h=p.map(E=>{let S=new Array(m.length+1);S[0]=E.value;for(let _=0;_<m.length;_++){let b=`${String(E.rank)}|${String(m[_].rank)}`;S[_+1]=f.has(b)?f.get(b):""}return S});return{rs:{command:e.command,rowCount:p.length,oid:null,fields:g,rows:h,notices:[]}}},$c=async(e,t,n,r)=>{let s=IS(e,t,n.topt.nullPrint);if("error"in s)return s;await ae.printQuery(s.rs,n,r)};var Ft=(e,t)=>(e.settings.lastErrorResult={message:t},R(`\\${e.cmdName}: ${t}
`),{status:"error",errorWritten:!0}),CS=e=>{let t=e.trim();return/^[+-]?\d+$/.test(t)?parseInt(t,10):t},vS=e=>{let t=e.length,n=0;for(;n<t;){let r=e[n];if(r===" "||r==="	"||r===`
`||r==="\r"){n++;continue}if(r==="-"&&e[n+1]==="-"){for(n+=2;n<t&&e[n]!==`
`&&e[n]!=="\r";)n++;continue}if(r==="/"&&e[n+1]==="*"){let s=1;for(n+=2;n<t&&s>0;){if(e[n]==="/"&&e[n+1]==="*"){s++,n+=2;continue}if(e[n]==="*"&&e[n+1]==="/"){s--,n+=2;continue}n++}continue}return!1}return!0},PS=e=>{for(let t=e.length-1;t>=0;t--)if(e[t].fields.length>0)return e[t];return e.length>0?e[e.length-1]:null},DS={name:"crosstabview",helpKey:"crosstabview",async run(e){if(!e.settings.db)return Ft(e,"no connection to the server");let t=e.queryBuf.trim();if((t.length===0||vS(t))&&(t=e.settings.lastQuery.trim()),t.length===0)return Ft(e,"no SQL command");let n=[void 0,void 0,void 0,void 0];for(let a=0;a<4;a++){let l=e.nextArg("normal");if(l===null)break;n[a]=CS(l)}let r;try{r=await e.settings.db.execSimple(t)}catch(a){let l=a instanceof Error?a.message:String(a);return Ft(e,l)}let s=PS(r);if(!s||s.fields.length===0)return Ft(e,"statement did not return a result set");let o={colV:n[0],colH:n[1],colD:n[2],sortColH:n[3]},i=await $c(s,o,e.settings.popt,process.stdout);return i?Ft(e,i.error):{status:"reset-buf",newBuf:""}}},Uc=e=>{e.register(DS)};T();var kS=e=>`\\${e}: command is not allowed in restricted mode; use \\unrestrict to leave restricted mode
`,Fc=new Set(["!","cd","copy","setenv","w","o","g","gx","s"]),Hs=e=>e.restrictedKey!==null,MS=e=>e.restrictedKey,qc=(e,t)=>Hs(e)&&Fc.has(t),$S={name:"restrict",helpKey:"restrict",run:e=>{let t=e.nextArg("normal");return t===null||t.length===0?(R(`\\${e.cmdName}: missing required argument
`),Promise.resolve({status:"error"})):Hs(e.settings)?(R(`\\${e.cmdName}: already in restricted mode
`),Promise.resolve({status:"error"})):(e.settings.restrictedKey=t,Promise.resolve({status:"ok"}))}},US={name:"unrestrict",helpKey:"unrestrict",run:e=>{let t=e.nextArg("normal");if(t===null||t.length===0)return R(`\\${e.cmdName}: missing required argument
`),Promise.resolve({status:"error"});let n=MS(e.settings);return n===null?(R(`\\${e.cmdName}: not currently in restricted mode
`),Promise.resolve({status:"error"})):t!==n?(R(`\\${e.cmdName}: wrong key
`),Promise.resolve({status:"error"})):(e.settings.restrictedKey=null,Promise.resolve({status:"ok"}))}},Bc=e=>{e.register($S),e.register(US)},Hc=Symbol.for("neonctl.psql.restrictWrapped"),xc=e=>{for(let t of Fc){let n=e.lookup(t);if(!n||n[Hc])continue;let r=n.run.bind(n),s={...n,run:o=>Hs(o.settings)?(R(kS(o.cmdName)),Promise.resolve({status:"error"})):r(o)};s[Hc]=!0,e.register(s)}};T();var un=(e,t)=>(e.settings.lastErrorResult={message:t},R(`\\${e.cmdName}: ${t}
`),{status:"error",errorWritten:!0}),HS=e=>{if(e&&typeof e=="object"){let t=e;return`${t.severity??"ERROR"}:  ${t.message??(e instanceof Error?e.message:Fs(e))}`}return e instanceof Error?`ERROR:  ${e.message}`:`ERROR:  ${Fs(e)}`},Fs=e=>{if(e===null)return"null";if(e===void 0)return"undefined";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean"||typeof e=="bigint")return String(e);try{return JSON.stringify(e)??typeof e}catch{return typeof e}},je=(e,t)=>{let n=HS(t);return e.settings.lastErrorResult={message:t&&typeof t=="object"&&t.message||t instanceof Error?t.message:Fs(t)},R(`${n}
`),{status:"error",errorWritten:!0}},dr=e=>e.settings.db,fr=e=>un(e,"no connection to the server"),pr=e=>{let t=e.restOfLine().replace(/[\s;]+$/,"").trimStart();return t.length===0?null:t},mr=(e,t)=>({plus:e.slice(t.length).includes("+")}),Vc=async(e,t)=>{let n=t.includes("(")?"regprocedure":"regproc",r=`SELECT ${e.escapeLiteral(t)}::pg_catalog.${n}::pg_catalog.oid`;try{let s=await e.query(r,[]);if(s.rows.length!==1||s.rows[0][0]===null)return{ok:!1,err:new Error("object lookup returned no rows")};let o=Fe(s.rows[0][0]),i=Number(o);return Number.isFinite(i)?{ok:!0,oid:i}:{ok:!1,err:new Error(`invalid oid in lookup result: ${o}`)}}catch(s){return{ok:!1,err:s}}},Gc=async(e,t)=>{let n=`SELECT ${e.escapeLiteral(t)}::pg_catalog.regclass::pg_catalog.oid`;try{let r=await e.query(n,[]);if(r.rows.length!==1||r.rows[0][0]===null)return{ok:!1,err:new Error("object lookup returned no rows")};let s=Fe(r.rows[0][0]),o=Number(s);return Number.isFinite(o)?{ok:!0,oid:o}:{ok:!1,err:new Error(`invalid oid in lookup result: ${s}`)}}catch(r){return{ok:!1,err:r}}},Fe=e=>{if(e==null)return"";if(typeof e=="string")return e;if(Buffer.isBuffer(e))return e.toString("utf-8");if(typeof e=="number"||typeof e=="boolean"||typeof e=="bigint")return String(e);try{return JSON.stringify(e)??""}catch{return""}},Yc=async(e,t)=>{let n=`SELECT pg_catalog.pg_get_functiondef(${t})`;try{let r=await e.query(n,[]);if(r.rows.length!==1)return{ok:!1,err:new Error("function definition not found")};let s=Fe(r.rows[0][0]);return s.length>0&&!s.endsWith(`
`)&&(s+=`
`),{ok:!0,def:s}}catch(r){return{ok:!1,err:r}}},Wc=e=>/^[a-z_][a-z0-9_$]*$/.test(e)&&!FS.has(e)?e:`"${e.replace(/"/g,'""')}"`,FS=new Set(["all","analyse","analyze","and","any","array","as","asc","asymmetric","both","case","cast","check","collate","column","constraint","create","current_catalog","current_date","current_role","current_time","current_timestamp","current_user","default","deferrable","desc","distinct","do","else","end","except","false","fetch","for","foreign","from","grant","group","having","in","initially","intersect","into","lateral","leading","limit","localtime","localtimestamp","not","null","offset","on","only","or","order","placing","primary","references","returning","select","session_user","some","symmetric","table","then","to","trailing","true","union","unique","user","using","variadic","when","where","window","with"]),Qc=async(e,t)=>{let n=(e.serverVersion>=90400?"modern":"legacy")=="modern"?`SELECT nspname, relname, relkind, pg_catalog.pg_get_viewdef(c.oid, true), pg_catalog.array_remove(pg_catalog.array_remove(c.reloptions,'check_option=local'),'check_option=cascaded') AS reloptions, CASE WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'::text WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'::text ELSE NULL END AS checkoption FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid WHERE c.oid = ${t}`:`SELECT nspname, relname, relkind, pg_catalog.pg_get_viewdef(c.oid, true), c.reloptions AS reloptions, NULL AS checkoption FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid WHERE c.oid = ${t}`,r;try{r=await e.query(n,[])}catch(m){return{ok:!1,err:m}}if(r.rows.length!==1)return{ok:!1,err:new Error("view definition not found")};let s=r.rows[0],o=Fe(s[0]),i=Fe(s[1]),a=Fe(s[2]),l=Fe(s[3]),c=s[4],u=Fe(s[5]);if(a!=="v")return{ok:!1,err:new Error(`"${o}.${i}" is not a view`)};let d="CREATE OR REPLACE VIEW ";d+=`${Wc(o)}.${Wc(i)}`;let f=c===null?null:Fe(c);return f!==null&&f.length>2&&(d+=`
 WITH (`,d+=qS(f),d+=")"),d+=` AS
${l}`,d.endsWith(";")&&(d=d.slice(0,-1)),u!==""&&(d+=`
 WITH ${u} CHECK OPTION`),d.endsWith(`
`)||(d+=`
`),{ok:!0,def:d}},qS=e=>{if(!e.startsWith("{")||!e.endsWith("}"))return e;let t=e.slice(1,-1);if(t.length===0)return"";let n=BS(t),r=[];for(let s of n){s.startsWith('"')&&s.endsWith('"')&&(s=s.slice(1,-1).replace(/\\"/g,'"').replace(/\\\\/g,"\\"));let o=s.indexOf("=");if(o<0){r.push(s);continue}let i=s.slice(0,o),a=s.slice(o+1);/^[A-Za-z0-9_.-]+$/.test(a)?r.push(`${i}=${a}`):r.push(`${i}='${a.replace(/'/g,"''")}'`)}return r.join(", ")},BS=e=>{let t=[],n=0,r="",s=!1;for(;n<e.length;){let o=e[n];if(o==="\\"&&n+1<e.length){r+=e[n]+e[n+1],n+=2;continue}if(o==='"'){s=!s,r+=o,n++;continue}if(o===","&&!s){t.push(r),r="",n++;continue}r+=o,n++}return(r.length>0||e.endsWith(","))&&t.push(r),t},xS=(e,t,n)=>{let r=t,s=0,o=0;for(;o<e.length;){let i=e.indexOf(`
`,o),a=i===-1?e.slice(o):e.slice(o,i);if(r&&(a.startsWith("AS ")||a.startsWith("BEGIN ")||a.startsWith("RETURN "))&&(r=!1),r||s++,r)n(`        ${a}
`);else{let l=String(s);n(`${l}${l.length>=7?"":" ".repeat(7-l.length)} ${a}
`)}if(i===-1)break;o=i+1}},gr=(e,t,n)=>{t?xS(e,n,M):M(e)},jc=async(e,t,n)=>{let r=dr(e);if(!r)return fr(e);let{plus:s}=mr(t,n),o=pr(e);if(o===null)return un(e,"function name is required");let i=await Vc(r,o);if(!i.ok)return je(e,i.err);let a=await Yc(r,i.oid);return a.ok?(gr(a.def,s,!0),{status:"ok"}):je(e,a.err)},Kc=async(e,t,n)=>{let r=dr(e);if(!r)return fr(e);let{plus:s}=mr(t,n),o=pr(e);if(o===null)return un(e,"view name is required");let i=await Gc(r,o);if(!i.ok)return je(e,i.err);let a=await Qc(r,i.oid);return a.ok?(gr(a.def,s,!1),{status:"ok"}):je(e,a.err)},WS={name:"sf",argMode:"whole-line",helpKey:"sf",run:e=>jc(e,e.cmdName,"sf")},VS={name:"sf+",argMode:"whole-line",helpKey:"sf",run:e=>jc(e,e.cmdName,"sf")},GS={name:"sv",argMode:"whole-line",helpKey:"sv",run:e=>Kc(e,e.cmdName,"sv")},YS={name:"sv+",argMode:"whole-line",helpKey:"sv",run:e=>Kc(e,e.cmdName,"sv")},Xc={name:"ef",argMode:"whole-line",helpKey:"ef",async run(e){let t=dr(e);if(!t)return fr(e);let{plus:n}=mr(e.cmdName,"ef"),r=pr(e);if(r===null)return un(e,"editing not supported in embedded psql; supply a name to display the source");let s=Jc(r),o=await Vc(t,s);if(!o.ok)return je(e,o.err);let i=await Yc(t,o.oid);return i.ok?(gr(i.def,n,!0),{status:"ok"}):je(e,i.err)}},zc={name:"ev",argMode:"whole-line",helpKey:"ev",async run(e){let t=dr(e);if(!t)return fr(e);let{plus:n}=mr(e.cmdName,"ev"),r=pr(e);if(r===null)return un(e,"editing not supported in embedded psql; supply a name to display the source");let s=Jc(r),o=await Gc(t,s);if(!o.ok)return je(e,o.err);let i=await Qc(t,o.oid);return i.ok?(gr(i.def,n,!1),{status:"ok"}):je(e,i.err)}},QS={...Xc,name:"ef+"},jS={...zc,name:"ev+"},Jc=e=>{let t=e.length-1;for(;t>0&&/\s/.test(e[t]);)t--;if(t<=0||!/[0-9]/.test(e[t]))return e;for(;t>0&&/[0-9]/.test(e[t]);)t--;if(t<=0)return e;let n=e[t];return/\s/.test(n)||n===")"?e.slice(0,t+1).trimEnd():e},Zc=e=>{e.register(WS),e.register(VS),e.register(GS),e.register(YS),e.register(Xc),e.register(QS),e.register(zc),e.register(jS)};var KS=class{constructor(){this.specs=new Map,this.aliases=new Map}register(e){if(this.specs.set(e.name,e),e.aliases)for(let t of e.aliases)this.aliases.set(t,e.name)}lookup(e){let t=this.specs.get(e);if(t)return t;let n=this.aliases.get(e);if(n)return this.specs.get(n)}all(){return this.specs.values()}},XS=()=>new KS;var eu=async(e,t,n)=>{let r=e.lookup(t);return r?qc(n.settings,r.name)?(R(`\\${t}: command is not allowed in restricted mode; use \\unrestrict to leave restricted mode
`),{status:"error"}):r.run(n):{status:"error"}},tu=()=>{let e=XS();return e.register(ia),e.register(ma),e.register(aa),e.register(la),e.register(ca),e.register(ua),e.register(da),e.register(fa),e.register(pa),e.register(ga),e.register(ha),e.register(Ea),e.register(Sa),e.register(Ta),e.register(_a),e.register(Ra),e.register(Aa),e.register(Na),e.register(ya),e.register({name:"html",run:()=>Promise.resolve({status:"ok"})}),e.register(Oa),e.register(ba),e.register(Ia),e.register(Ca),e.register(va),e.register(Pa),e.register(Da),e.register(ka),e.register(Ma),Ka(e),Ki(e),sl(e),bc(e),Ja(e),Uc(e),Dc(e),Zc(e),Bc(e),xc(e),e};T();T();var nu=[];var ru=()=>nu.length===0?null:nu.shift()??null;T();T();var qs=(e,t,n,r)=>{if(e.length<n||t.length<n)return!1;let s=e.slice(0,n),o=t.slice(0,n);return r?s===o:s.toLowerCase()===o.toLowerCase()},Bs=(e,t,n=!1)=>{if(e===null)return!0;if(e.startsWith("!"))return!Bs(e.slice(1),t,n);let r=t.length,s=e;for(;;){let o=-1,i=0;for(;i<s.length&&s[i]!=="|";)s[i]==="*"&&(o=i),i++;if(o>=0){let a=o,l=i-o-1;if(r>=a+l&&qs(t,s,a,n)&&qs(t.slice(r-l),s.slice(o+1),l,n))return!0}else if(r===i&&qs(t,s,r,n))return!0;if(i>=s.length)break;s=s.slice(i+1)}return!1};var A=(e,t,n=!1)=>{if(e.length<t.length)return!1;let r=e.length-t.length;for(let s=0;s<t.length;s++)if(!Bs(t[s],e[r+s],n))return!1;return!0},Q=(e,t,n=!1)=>{if(e.length<t.length)return!1;for(let r=0;r<t.length;r++)if(!Bs(t[r],e[r],n))return!1;return!0},xs=e=>{let t=[],n=0;for(;n<e.length;){let r=e[n];if(r===" "||r==="	"||r===`
`||r==="\r"){n++;continue}if(r==="\\"){let o=n;if(n++,n<e.length&&/[!?]/.test(e[n]))n++;else{for(;n<e.length&&/[A-Za-z_]/.test(e[n]);)n++;for(;n<e.length&&e[n]==="+";)n++}t.push({text:e.slice(o,n),raw:e.slice(o,n),start:o,end:n});continue}if(r==='"'){let o=n;for(n++;n<e.length;){if(e[n]==='"'){if(e[n+1]==='"'){n+=2;continue}n++;break}n++}t.push({text:e.slice(o,n),raw:e.slice(o,n),start:o,end:n});continue}if(r==="'"){let o=n;for(n++;n<e.length;){if(e[n]==="\\"&&n+1<e.length){n+=2;continue}if(e[n]==="'"){if(e[n+1]==="'"){n+=2;continue}n++;break}n++}t.push({text:e.slice(o,n),raw:e.slice(o,n),start:o,end:n});continue}if(r===","||r===";"||r==="("||r===")"||r==="["||r==="]"){t.push({text:r,raw:r,start:n,end:n+1}),n++;continue}let s=n;for(;n<e.length;){let o=e[n];if(o===" "||o==="	"||o===`
`||o==="\r"||o===","||o===";"||o==="("||o===")"||o==="["||o==="]"||o==='"'||o==="'"||o==="\\")break;n++}t.push({text:e.slice(s,n),raw:e.slice(s,n),start:s,end:n})}return t},su=(e,t)=>{let n=e.slice(0,t),r=xs(n);if(r.length===0)return{prevWords:[],currentWord:"",replaceLength:0};let s=r[r.length-1],o=n[n.length-1],i=o===" "||o==="	"||o===`
`||o==="\r";return s.end===n.length&&!i?{prevWords:r.slice(0,-1).map(a=>a.text),currentWord:s.text,replaceLength:Array.from(s.text).length}:{prevWords:r.map(a=>a.text),currentWord:"",replaceLength:0}};T();T();import{readdirSync as zS,statSync as JS}from"node:fs";import{basename as _L,dirname as RL,join as ou}from"node:path";var hr=(e,t,n=process.cwd())=>{let r=e,s=!1;r.startsWith("'")&&(s=!0,r=r.slice(1));let o=r.lastIndexOf("/"),i=o===-1?"":r.slice(0,o+1),a=o===-1?r:r.slice(o+1),l=i===""?n:i.startsWith("/")?i:ou(n,i),c;try{c=zS(l)}catch{return[]}let u=c.filter(f=>f.startsWith(a));u.sort();let d=[];for(let f of u){let m=!1;try{m=JS(ou(l,f)).isDirectory()}catch{}let p=i+f+(m?"/":"");d.push(p)}return t==="none"?s?d.map(f=>"'"+f):d:d.length===1&&!d[0].endsWith("/")?["'"+d[0]+"'"]:d.map(f=>"'"+f)},iu=e=>{if(e.length<3)return!1;let t=e[e.length-1].toUpperCase();if(t!=="FROM"&&t!=="TO")return!1;for(let n=e.length-2;n>=0;n--){if(e[n].toUpperCase()==="COPY")return!0;if(e[n].toUpperCase()==="SELECT"||e[n].toUpperCase()==="INSERT"||e[n].toUpperCase()==="UPDATE"||e[n].toUpperCase()==="DELETE"||e[n].toUpperCase()==="WITH")return!1}return!1};T();var au=["AUTOCOMMIT","COMP_KEYWORD_CASE","DBNAME","ECHO","ECHO_HIDDEN","ENCODING","ERROR","FETCH_COUNT","HIDE_TABLEAM","HIDE_TOAST_COMPRESSION","HISTCONTROL","HISTFILE","HISTSIZE","HOST","IGNOREEOF","LASTOID","LAST_ERROR_MESSAGE","LAST_ERROR_SQLSTATE","ON_ERROR_ROLLBACK","ON_ERROR_STOP","PORT","PROMPT1","PROMPT2","PROMPT3","QUIET","ROW_COUNT","SERVER_VERSION_NAME","SERVER_VERSION_NUM","SHELL_ERROR","SHELL_EXIT_CODE","SHOW_ALL_RESULTS","SHOW_CONTEXT","SINGLELINE","SINGLESTEP","SQLSTATE","USER","VERBOSITY","VERSION","VERSION_NAME","VERSION_NUM"],lu=["border","columns","csv_fieldsep","display_false","display_true","expanded","fieldsep","fieldsep_zero","footer","format","linestyle","null","numericlocale","pager","pager_min_lines","recordsep","recordsep_zero","tableattr","title","tuples_only","unicode_border_linestyle","unicode_column_linestyle","unicode_header_linestyle","xheader_width"],ZS=["aligned","asciidoc","csv","html","latex","latex-longtable","troff-ms","unaligned","wrapped"],eT=["ascii","old-ascii","unicode"],tT=["single","double"],nT=["column","full","page"],cu=["on","off"],rT=["on","off","auto"],sT=["none","errors","queries","all"],oT=["off","on","noexec"],iT=["off","on","interactive"],aT=["default","verbose","terse","sqlstate"],lT=["never","errors","always"],cT=["lower","upper","preserve-lower","preserve-upper"],uT=["none","ignorespace","ignoredups","ignoreboth"],uu=["BIG5","EUC_CN","EUC_JIS_2004","EUC_JP","EUC_KR","EUC_TW","GB18030","GBK","ISO_8859_5","ISO_8859_6","ISO_8859_7","ISO_8859_8","JOHAB","KOI8R","KOI8U","LATIN1","LATIN2","LATIN3","LATIN4","LATIN5","LATIN6","LATIN7","LATIN8","LATIN9","LATIN10","MULE_INTERNAL","SJIS","SHIFT_JIS_2004","SQL_ASCII","UHC","UTF8","WIN866","WIN874","WIN1250","WIN1251","WIN1252","WIN1253","WIN1254","WIN1255","WIN1256","WIN1257","WIN1258"],du=e=>{switch(e){case"format":return ZS;case"linestyle":return eT;case"unicode_border_linestyle":case"unicode_column_linestyle":case"unicode_header_linestyle":return tT;case"xheader_width":return nT;case"expanded":case"pager":return rT;case"footer":case"tuples_only":case"numericlocale":case"fieldsep_zero":case"recordsep_zero":return cu;default:return null}},fu=e=>{switch(e){case"AUTOCOMMIT":case"ON_ERROR_STOP":case"QUIET":case"SINGLELINE":case"SINGLESTEP":case"SHOW_ALL_RESULTS":case"HIDE_TOAST_COMPRESSION":case"HIDE_TABLEAM":return cu;case"ECHO":return sT;case"ECHO_HIDDEN":return oT;case"ON_ERROR_ROLLBACK":return iT;case"VERBOSITY":return aT;case"SHOW_CONTEXT":return lT;case"COMP_KEYWORD_CASE":return cT;case"HISTCONTROL":return uT;default:return null}};T();var dn=`
  SELECT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  WHERE c.relkind IN ('r','p')
    AND c.relname ILIKE $1
    AND pg_catalog.pg_table_is_visible(c.oid)
  ORDER BY 1
  LIMIT 1000
`,Er=`
  SELECT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  WHERE c.relkind = 'v'
    AND c.relname ILIKE $1
    AND pg_catalog.pg_table_is_visible(c.oid)
  ORDER BY 1
  LIMIT 1000
`,Sr=`
  SELECT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  WHERE c.relkind = 'm'
    AND c.relname ILIKE $1
    AND pg_catalog.pg_table_is_visible(c.oid)
  ORDER BY 1
  LIMIT 1000
`,Tr=`
  SELECT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  WHERE c.relkind = 'S'
    AND c.relname ILIKE $1
    AND pg_catalog.pg_table_is_visible(c.oid)
  ORDER BY 1
  LIMIT 1000
`,fn=`
  SELECT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  WHERE c.relkind IN ('i','I')
    AND c.relname ILIKE $1
    AND pg_catalog.pg_table_is_visible(c.oid)
  ORDER BY 1
  LIMIT 1000
`;var Ws=`
  SELECT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  WHERE c.relkind IN ('r','v','m','p','f')
    AND c.relname ILIKE $1
    AND pg_catalog.pg_table_is_visible(c.oid)
  ORDER BY 1
  LIMIT 1000
`,Ke=`
  SELECT pg_catalog.quote_ident(nspname)
  FROM pg_catalog.pg_namespace
  WHERE nspname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,pn=`
  SELECT pg_catalog.quote_ident(p.proname)
  FROM pg_catalog.pg_proc p
  WHERE p.proname ILIKE $1
    AND pg_catalog.pg_function_is_visible(p.oid)
  ORDER BY 1
  LIMIT 1000
`,Xe=`
  SELECT pg_catalog.quote_ident(rolname)
  FROM pg_catalog.pg_roles
  WHERE rolname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,_r=`
  SELECT pg_catalog.quote_ident(extname)
  FROM pg_catalog.pg_extension
  WHERE extname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`;var qt=`
  SELECT pg_catalog.quote_ident(datname)
  FROM pg_catalog.pg_database
  WHERE datname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,Rr=`
  SELECT pg_catalog.quote_ident(t.typname)
  FROM pg_catalog.pg_type t
  WHERE (t.typrelid = 0 OR
         (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))
    AND t.typname NOT LIKE E'\\\\_%'
    AND t.typname ILIKE $1
    AND pg_catalog.pg_type_is_visible(t.oid)
  ORDER BY 1
  LIMIT 1000
`,Vs=`
  SELECT pg_catalog.quote_ident(lanname)
  FROM pg_catalog.pg_language
  WHERE lanname != 'internal'
    AND lanname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,pu=`
  SELECT pg_catalog.quote_ident(spcname)
  FROM pg_catalog.pg_tablespace
  WHERE spcname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,mu=`
  SELECT pg_catalog.quote_ident(o.oprname)
  FROM pg_catalog.pg_operator o
  WHERE o.oprname ILIKE $1
    AND pg_catalog.pg_operator_is_visible(o.oid)
  ORDER BY 1
  LIMIT 1000
`,gu=`
  SELECT pg_catalog.format_type(castsource, NULL)
         || ' AS '
         || pg_catalog.format_type(casttarget, NULL) AS cast
  FROM pg_catalog.pg_cast
  WHERE pg_catalog.format_type(castsource, NULL)
        || ' AS '
        || pg_catalog.format_type(casttarget, NULL) ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,Ar=`
  SELECT pg_catalog.lower(name)
  FROM pg_catalog.pg_settings
  WHERE name ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,hu=`
  SELECT val
  FROM (
    SELECT pg_catalog.unnest(enumvals) AS val
    FROM pg_catalog.pg_settings
    WHERE pg_catalog.lower(name) = pg_catalog.lower($1)
      AND enumvals IS NOT NULL
  ) sub
  WHERE val ILIKE $2
  ORDER BY 1
  LIMIT 1000
`;var Eu=`
  SELECT pg_catalog.quote_ident(amname)
  FROM pg_catalog.pg_am
  WHERE amname ILIKE $1
    AND amtype = 'i'
  ORDER BY 1
  LIMIT 1000
`,Su=`
  SELECT pg_catalog.format_type(t.oid, NULL)
  FROM pg_catalog.pg_type t
  WHERE (t.typrelid = 0 OR
         (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))
    AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_type el
      WHERE el.typarray = t.oid
    )
    AND pg_catalog.format_type(t.oid, NULL) ILIKE $1
    AND pg_catalog.pg_type_is_visible(t.oid)
  ORDER BY 1
  LIMIT 1000
`,Gs=`
  SELECT pg_catalog.quote_ident(pubname)
  FROM pg_catalog.pg_publication
  WHERE pubname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,Ys=`
  SELECT pg_catalog.quote_ident(subname)
  FROM pg_catalog.pg_subscription
  WHERE subname ILIKE $1
  ORDER BY 1
  LIMIT 1000
`,Tu=`
  SELECT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid
  WHERE c.relkind IN ('r','v','m','S','f','p')
    AND pg_catalog.lower(n.nspname) = pg_catalog.lower($1)
    AND c.relname ILIKE $2
  ORDER BY 1
  LIMIT 1000
`,_u=`
  SELECT pg_catalog.quote_ident(con.conname)
  FROM pg_catalog.pg_constraint con, pg_catalog.pg_class c
  WHERE con.conrelid = c.oid
    AND c.relname = $1
    AND pg_catalog.pg_table_is_visible(c.oid)
    AND con.conname ILIKE $2
  ORDER BY 1
  LIMIT 1000
`,Ru=`
  SELECT pg_catalog.quote_ident(con.conname)
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_class c ON con.conrelid = c.oid
  JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid
  WHERE pg_catalog.lower(n.nspname) = pg_catalog.lower($1)
    AND c.relname = $2
    AND con.conname ILIKE $3
  ORDER BY 1
  LIMIT 1000
`,Au=`
  SELECT DISTINCT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c, pg_catalog.pg_constraint con
  WHERE c.oid = con.conrelid
    AND c.relkind IN ('r', 'p')
    AND pg_catalog.pg_table_is_visible(c.oid)
    AND con.conname = $1
    AND c.relname ILIKE $2
  ORDER BY 1
  LIMIT 1000
`,Nu=`
  SELECT DISTINCT pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_constraint con ON c.oid = con.conrelid
  JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid
  WHERE c.relkind IN ('r', 'p')
    AND pg_catalog.lower(n.nspname) = pg_catalog.lower($2)
    AND con.conname = $1
    AND c.relname ILIKE $3
  ORDER BY 1
  LIMIT 1000
`,yu=`
  SELECT pg_catalog.quote_literal(e.enumlabel)
  FROM pg_catalog.pg_enum e, pg_catalog.pg_type t
  WHERE t.oid = e.enumtypid
    AND t.typname = $1
    AND pg_catalog.pg_type_is_visible(t.oid)
    AND e.enumlabel LIKE $2
  ORDER BY 1
  LIMIT 1000
`;var wu=`
  SELECT pg_catalog.quote_literal(name) AS name
  FROM pg_catalog.pg_timezone_names()
  WHERE pg_catalog.lower(name) LIKE pg_catalog.lower($1)
  ORDER BY 1
  LIMIT 1000
`,Lu=`
  SELECT pg_catalog.quote_literal(name) AS name
  FROM pg_catalog.pg_timezone_names()
  WHERE pg_catalog.quote_literal(pg_catalog.lower(name)) LIKE pg_catalog.lower($1)
  ORDER BY 1
  LIMIT 1000
`,$=async(e,t,n,r=[])=>{try{let s=n+"%",o=r.length>0?[...r,s]:[s],i=await e.query(t,o),a=[];for(let l of i.rows){let c=l[0];typeof c=="string"&&a.push(c)}return a}catch{return[]}};var dT=["\\a","\\bind","\\bind_named","\\c","\\C","\\cd","\\close_prepared","\\conninfo","\\connect","\\copy","\\copyright","\\crosstabview","\\d","\\dA","\\dAc","\\dAf","\\dAo","\\dAp","\\da","\\db","\\dC","\\dc","\\dconfig","\\dD","\\dd","\\ddp","\\dE","\\des","\\det","\\deu","\\dew","\\df","\\dF","\\dFd","\\dFp","\\dFt","\\dg","\\di","\\dl","\\dL","\\dm","\\dn","\\do","\\dO","\\dp","\\dP","\\dPi","\\dPt","\\drds","\\drg","\\dRs","\\dRp","\\ds","\\dt","\\dT","\\dv","\\du","\\dx","\\dX","\\dy","\\echo","\\edit","\\ef","\\elif","\\else","\\encoding","\\endif","\\endpipeline","\\errverbose","\\ev","\\f","\\flush","\\flushrequest","\\g","\\gdesc","\\getenv","\\getresults","\\gexec","\\gset","\\gx","\\help","\\html","\\if","\\include","\\include_relative","\\ir","\\l","\\list","\\lo_export","\\lo_import","\\lo_list","\\lo_unlink","\\o","\\out","\\parse","\\password","\\print","\\prompt","\\pset","\\q","\\qecho","\\quit","\\reset","\\restrict","\\s","\\sendpipeline","\\set","\\setenv","\\sf","\\startpipeline","\\sv","\\syncpipeline","\\t","\\T","\\timing","\\unrestrict","\\unset","\\w","\\warn","\\watch","\\write","\\x","\\z","\\!","\\?"],fT=["ABORT","ALTER","ANALYZE","BEGIN","CALL","CHECKPOINT","CLOSE","CLUSTER","COMMENT","COMMIT","COPY","CREATE","DEALLOCATE","DECLARE","DELETE FROM","DISCARD","DO","DROP","END","EXECUTE","EXPLAIN","FETCH","GRANT","IMPORT","INSERT INTO","LISTEN","LOAD","LOCK","MERGE","MOVE","NOTIFY","PREPARE","REASSIGN","REFRESH MATERIALIZED VIEW","REINDEX","RELEASE","RESET","REVOKE","ROLLBACK","SAVEPOINT","SECURITY LABEL","SELECT","SET","SHOW","START TRANSACTION","TABLE","TRUNCATE","UNLISTEN","UPDATE","VACUUM","VALUES","WITH"],pT=["ACCESS METHOD","AGGREGATE","CAST","COLLATION","CONVERSION","DATABASE","DEFAULT PRIVILEGES","DOMAIN","EVENT TRIGGER","EXTENSION","FOREIGN DATA WRAPPER","FOREIGN TABLE","FUNCTION","GLOBAL","GROUP","INDEX","LANGUAGE","LOCAL","MATERIALIZED VIEW","OPERATOR","OR REPLACE","POLICY","PROCEDURE","PUBLICATION","ROLE","RULE","SCHEMA","SEQUENCE","SERVER","STATISTICS","SUBSCRIPTION","TABLE","TABLESPACE","TEMP","TEMPORARY","TEXT SEARCH","TRANSFORM","TRIGGER","TYPE","UNIQUE","UNLOGGED","USER","VIEW"],mT=["ACCESS METHOD","AGGREGATE","CAST","COLLATION","CONVERSION","DATABASE","DOMAIN","EVENT TRIGGER","EXTENSION","FOREIGN DATA WRAPPER","FOREIGN TABLE","FUNCTION","GROUP","INDEX","LANGUAGE","MATERIALIZED VIEW","OPERATOR","OWNED","POLICY","PROCEDURE","PUBLICATION","ROLE","RULE","SCHEMA","SEQUENCE","SERVER","STATISTICS","SUBSCRIPTION","TABLE","TABLESPACE","TEXT SEARCH","TRANSFORM","TRIGGER","TYPE","USER","VIEW"],gT=["AGGREGATE","COLLATION","CONVERSION","DATABASE","DEFAULT PRIVILEGES","DOMAIN","EVENT TRIGGER","EXTENSION","FOREIGN DATA WRAPPER","FOREIGN TABLE","FUNCTION","GROUP","INDEX","LANGUAGE","LARGE OBJECT","MATERIALIZED VIEW","OPERATOR","POLICY","PROCEDURE","PUBLICATION","ROLE","RULE","SCHEMA","SEQUENCE","SERVER","STATISTICS","SUBSCRIPTION","SYSTEM","TABLE","TABLESPACE","TEXT SEARCH","TRIGGER","TYPE","USER","VIEW"],hT=["ADD","ALTER","ATTACH PARTITION","CLUSTER ON","DETACH PARTITION","DISABLE","DROP","ENABLE","INHERIT","NO INHERIT","OF","NOT OF","OWNER TO","RENAME","REPLICA IDENTITY","RESET","SET","VALIDATE CONSTRAINT"],ET=["COLUMN","CONSTRAINT","CHECK","FOREIGN KEY","PRIMARY KEY","UNIQUE","EXCLUDE"],ST=["ADD GENERATED","DROP DEFAULT","DROP EXPRESSION","DROP IDENTITY","DROP NOT NULL","RESET","RESTART","SET","SET DATA TYPE","SET DEFAULT","SET EXPRESSION","SET GENERATED","SET NOT NULL","SET STATISTICS","SET STORAGE","TYPE"],TT=["COLUMN","CONSTRAINT","IF EXISTS"],_T=["COLUMN","CONSTRAINT","TO"],RT=["(","LOGGED","SCHEMA","TABLESPACE","UNLOGGED","WITHOUT CLUSTER","WITHOUT OIDS"],AT=["ALWAYS","REPLICA","ROW LEVEL SECURITY","RULE","TRIGGER"],NT=["ROW LEVEL SECURITY","RULE","TRIGGER"],yT=["DEFAULT","FULL","NOTHING","USING INDEX"],wT=["ALTER","OWNER TO","RENAME","RESET","SET"],LT=["ALTER","CLUSTER ON","DEPENDS ON EXTENSION","NO DEPENDS ON EXTENSION","OWNER TO","RENAME","RESET","SET"],OT=["ALTER COLUMN","ATTACH PARTITION","DEPENDS ON EXTENSION","NO DEPENDS ON EXTENSION","OWNER TO","RENAME","RESET","SET"],bT=["AS","CACHE","CYCLE","INCREMENT BY","MAXVALUE","MINVALUE","NO CYCLE","NO MAXVALUE","NO MINVALUE","OWNED BY","OWNER TO","RENAME TO","RESTART","SET SCHEMA","START WITH"],IT=["CALLED ON NULL INPUT","COST","DEPENDS ON EXTENSION","IMMUTABLE","LEAKPROOF","NO DEPENDS ON EXTENSION","NOT LEAKPROOF","OWNER TO","PARALLEL","RENAME TO","RESET","RETURNS NULL ON NULL INPUT","ROWS","SECURITY DEFINER","SECURITY INVOKER","SET","SET SCHEMA","STABLE","STRICT","SUPPORT","VOLATILE"],CT=["ADD ATTRIBUTE","ADD VALUE","ALTER ATTRIBUTE","DROP ATTRIBUTE","OWNER TO","RENAME","RENAME ATTRIBUTE","RENAME VALUE","SET SCHEMA","SET"],vT=["BYPASSRLS","CONNECTION LIMIT","CREATEDB","CREATEROLE","ENCRYPTED PASSWORD","IN DATABASE","INHERIT","LOGIN","NOBYPASSRLS","NOCREATEDB","NOCREATEROLE","NOINHERIT","NOLOGIN","NOREPLICATION","NOSUPERUSER","PASSWORD","RENAME TO","REPLICATION","RESET","SET","SUPERUSER","VALID UNTIL","WITH"],PT=["ALLOW_CONNECTIONS","CONNECTION LIMIT","IS_TEMPLATE","OWNER TO","REFRESH COLLATION VERSION","RENAME TO","RESET","SET","SET TABLESPACE","WITH"],DT=["OWNER TO","RENAME TO"],kT=["ADD","DROP","SET SCHEMA","UPDATE"],MT=["ON","RENAME TO"],$T=["ADD","DROP","OWNER TO","RENAME TO","SET"],UT=["ADD PUBLICATION","CONNECTION","DISABLE","DROP PUBLICATION","ENABLE","OWNER TO","REFRESH PUBLICATION","RENAME TO","SET","SET PUBLICATION","SKIP"],Ou=["CONCURRENTLY","IF NOT EXISTS","ON","UNIQUE"],HT=["GROUPS","ORDER BY","PARTITION BY","RANGE","ROWS"],FT=["AS","CROSS JOIN","EXCEPT","FETCH","FOR","FULL JOIN","FULL OUTER JOIN","GROUP BY","HAVING","INNER JOIN","INTERSECT","JOIN","LATERAL","LEFT JOIN","LEFT OUTER JOIN","LIMIT","NATURAL JOIN","OFFSET","ON","ORDER BY","RIGHT JOIN","RIGHT OUTER JOIN","TABLESAMPLE","UNION","USING","WHERE","WINDOW"],qT=["AND","BETWEEN","IN","IS","LIKE","NOT","OR"],BT=["GERMAN","ISO","POSTGRES","SQL"],xT=["ALL","CREATE","CONNECT","DELETE","EXECUTE","INSERT","REFERENCES","SELECT","TEMPORARY","TRIGGER","TRUNCATE","UPDATE","USAGE"],WT=["ISOLATION LEVEL","READ ONLY","READ WRITE","TRANSACTION"],VT=["bigint","boolean","character","double precision","integer","real","smallint"],GT=["DELIMITER","ENCODING","ESCAPE","FORMAT","HEADER","NULL","QUOTE","DEFAULT","FORCE_NOT_NULL","FORCE_NULL","FREEZE","LOG_VERBOSITY","ON_ERROR","REJECT_LIMIT"],YT=["DELIMITER","ENCODING","ESCAPE","FORMAT","HEADER","NULL","QUOTE","FORCE_QUOTE"],k=(e,t,n)=>{let r=t.toLowerCase(),s=[];for(let o of e)o.toLowerCase().startsWith(r)&&s.push(QT(o,t,n));return s},QT=(e,t,n)=>{if(e.startsWith('"')||e.startsWith("'")||jT(e))return e;let r=n.compCase,s=t[0]??"",o=/[a-z]/.test(s),i=/[A-Za-z]/.test(s),a=r==="lower"||(r==="preserve-lower"||r==="preserve-upper")&&o||r==="preserve-lower"&&!i;return r==="upper"?e.toUpperCase():a?e.toLowerCase():e.toUpperCase()},jT=e=>/[^A-Za-z0-9 ]/.test(e),Cu=e=>{let t=e.indexOf(".");if(t<0)return null;let n=e.slice(t+1);if(n.includes("."))return null;let r=e.slice(0,t),s=!1;return r.startsWith('"')&&r.endsWith('"')&&(s=!0,r=r.slice(1,-1).replace(/""/g,'"')),{schema:r,prefix:n,schemaWasQuoted:s}},KT=e=>{let t=i=>i.length>=2&&i.startsWith('"')&&i.endsWith('"')?{v:i.slice(1,-1).replace(/""/g,'"'),quoted:!0}:{v:i,quoted:!1};if(e.length===2){let i=e[0];if(!i.endsWith("."))return null;let a=t(i.slice(0,-1)),l=t(e[1]);return l.v.length===0?null:{schema:a.quoted?a.v:a.v.toLowerCase(),table:l.quoted?l.v:l.v.toLowerCase()}}if(e.length!==1)return null;let n=e[0],r=!1,s=-1;for(let i=0;i<n.length;i++){let a=n[i];if(a==='"')r=!r;else if(a==="."&&!r){s=i;break}}if(s>=0){let i=t(n.slice(0,s)),a=t(n.slice(s+1));return a.v.length===0?null:{schema:i.quoted?i.v:i.v.toLowerCase(),table:a.quoted?a.v:a.v.toLowerCase()}}let o=t(n);return o.v.length===0?null:{schema:null,table:o.quoted?o.v:o.v.toLowerCase()}},vu=async(e,t,n)=>{let r=n.settings.db??n.conn??null;if(t.startsWith(":")&&!t.startsWith("::")){let i=Pu(n.settings),a=c=>c.toLowerCase();if(t.startsWith(":{?")){let c=a(t.slice(3));return{candidates:i.filter(u=>a(u).startsWith(c)).map(u=>":{?"+u+"}")}}if(t.startsWith(":'")){let c=a(t.slice(2));return{candidates:i.filter(u=>a(u).startsWith(c)).map(u=>":'"+u+"'")}}if(t.startsWith(':"')){let c=a(t.slice(2));return{candidates:i.filter(u=>a(u).startsWith(c)).map(u=>':"'+u+'"')}}let l=a(t.slice(1));return{candidates:i.filter(c=>a(c).startsWith(l)).map(c=>":"+c)}}if(t.startsWith("\\")&&e.length===0)return{candidates:dT.filter(i=>i.toLowerCase().startsWith(t.toLowerCase()))};if(e.length>0&&e[0].startsWith("\\"))return await e_(e,t,n,r);let s=XT(n.queryBuf,e),o=await zT(s,e,t,n,r);return o!==null?o:e.length===0?{candidates:k(fT,t,n.settings)}:await t_(e,t,n,r)},XT=(e,t)=>e===void 0||e.length===0?t:[...xs(e).map(n=>n.text),...t],zT=async(e,t,n,r,s)=>{if(e.length===t.length)return null;if(Q(e,["ANALYZE"])&&JT(e.slice(1))){let o=e[e.length-1];if(o==="("||o===",")return{candidates:k(["VERBOSE","SKIP_LOCKED","BUFFER_USAGE_LIMIT"],n,r.settings)};if(n.length>0&&(o===void 0||/^[A-Za-z_]+$/.test(n)))return{candidates:k(["VERBOSE","SKIP_LOCKED","BUFFER_USAGE_LIMIT"],n,r.settings)};if(A(e,["VERBOSE|SKIP_LOCKED"]))return{candidates:k(["ON","OFF"],n,r.settings)}}if(A(e,["COMMENT","ON","CONSTRAINT",null,"ON"])){if(!s)return{candidates:[]};let o=e[e.length-2],i=ZT(o),a=Cu(n);if(a){let u=await $(s,Nu,a.prefix,[i,a.schema]),d=a.schemaWasQuoted?a.schema:a.schema.toLowerCase();return{candidates:u.map(f=>d+"."+f)}}let[l,c]=await Promise.all([$(s,Au,n,[i]),$(s,Ke,n)]);return{candidates:[...l,...c.map(u=>u+".")]}}return null},JT=e=>{let t=0,n=!1;for(let r of e)r==="("?(t++,n=!0):r===")"&&t--;return n&&t>0},ZT=e=>e===void 0?"":e.length>=2&&e.startsWith('"')&&e.endsWith('"')?e.slice(1,-1).replace(/""/g,'"'):e,e_=async(e,t,n,r)=>{let s=e[0];if(s==="\\c"||s==="\\connect")return e.length===1&&r?{candidates:await $(r,qt,t)}:{candidates:[]};if(s==="\\dn"||s==="\\dn+")return e.length===1&&r?{candidates:await $(r,Ke,t)}:{candidates:[]};if(s==="\\df"||s==="\\df+"||s==="\\dfa"||s==="\\dfn"||s==="\\dfp"||s==="\\dft"||s==="\\dfw"||s==="\\ef"||s==="\\sf"||s==="\\sf+")return e.length===1&&r?{candidates:await $(r,pn,t)}:{candidates:[]};if(s==="\\du"||s==="\\dg"||s==="\\du+"||s==="\\dg+")return e.length===1&&r?{candidates:await $(r,Xe,t)}:{candidates:[]};if(s==="\\dx"||s==="\\dx+")return e.length===1&&r?{candidates:await $(r,_r,t)}:{candidates:[]};if(s==="\\dL"||s==="\\dL+")return e.length===1&&r?{candidates:await $(r,Vs,t)}:{candidates:[]};if(s==="\\dT"||s==="\\dT+")return e.length===1&&r?{candidates:await $(r,Rr,t)}:{candidates:[]};if(s==="\\do"||s==="\\do+"||s==="\\doS"||s==="\\doS+")return e.length===1&&r?{candidates:await $(r,mu,t)}:{candidates:[]};if(s==="\\dC"||s==="\\dC+")return e.length===1&&r?{candidates:await $(r,gu,t)}:{candidates:[]};if(s==="\\dt"||s==="\\dt+"||s==="\\dtv"||s==="\\d"||s==="\\d+"||s==="\\dE"||s==="\\dE+")return e.length===1&&r?{candidates:await Nt(r,t,dn)}:{candidates:[]};if(s==="\\dv"||s==="\\dv+")return e.length===1&&r?{candidates:await Nt(r,t,Er)}:{candidates:[]};if(s==="\\dm"||s==="\\dm+")return e.length===1&&r?{candidates:await Nt(r,t,Sr)}:{candidates:[]};if(s==="\\di"||s==="\\di+")return e.length===1&&r?{candidates:await Nt(r,t,fn)}:{candidates:[]};if(s==="\\ds"||s==="\\ds+")return e.length===1&&r?{candidates:await Nt(r,t,Tr)}:{candidates:[]};if(s==="\\l"||s==="\\l+"||s==="\\list"||s==="\\list+")return e.length===1&&r?{candidates:await $(r,qt,t)}:{candidates:[]};if(s==="\\encoding")return e.length===1?{candidates:At(uu,t)}:{candidates:[]};if(s==="\\pset"){if(e.length===1)return{candidates:At(lu,t)};if(e.length===2){let o=du(e[1].toLowerCase());return o?{candidates:At(o,t)}:{candidates:[]}}return{candidates:[]}}if(s==="\\set"){if(e.length===1)return{candidates:At(Iu(n.settings),t)};if(e.length===2){let o=fu(e[1].toUpperCase());return o?{candidates:At(o,t)}:{candidates:[]}}return{candidates:[]}}if(s==="\\unset")return e.length===1?{candidates:At(Pu(n.settings),t)}:{candidates:[]};if(s==="\\prompt")return e.length===2?{candidates:At(Iu(n.settings),t)}:{candidates:[]};if(s==="\\lo_import"||s==="\\lo_export")return e.length===1?{candidates:hr(t,"none")}:{candidates:[]};if(s==="\\copy"){if(e.length===1&&r)return{candidates:await Nt(r,t,dn)};if(e.length===2)return{candidates:k(["FROM","TO"],t,n.settings)};if(e.length>=3){let o=e[e.length-1].toUpperCase();if(o==="FROM"||o==="TO")return{candidates:hr(t,"none")}}return{candidates:[]}}return s==="\\drds"||s==="\\drg"?e.length===1&&r?{candidates:await $(r,Xe,t)}:{candidates:[]}:{candidates:[]}},t_=async(e,t,n,r)=>{let s=async(i=dn)=>r?{candidates:await Nt(r,t,i)}:{candidates:[]};if(iu(e))return{candidates:hr(t,"sql")};if(A(e,["FROM"])&&!Q(e,["REVOKE"]))return s(Ws);if(A(e,["UPDATE"])||A(e,["DELETE","FROM"])||A(e,["INTO"]))return s();if(A(e,["JOIN"]))return s(Ws);if(A(e,["JOIN",null]))return{candidates:k(["ON","USING"],t,n.settings)};let o=Q(e,["SELECT"])||Q(e,["INSERT"])||Q(e,["UPDATE"])||Q(e,["DELETE"])||Q(e,["WITH"])||Q(e,["EXPLAIN"]);if(o&&(A(e,["FROM",null])||A(e,["FROM",null,null])))return{candidates:k(FT,t,n.settings)};if(A(e,["OVER","("]))return{candidates:k(HT,t,n.settings)};if(o&&A(e,["WHERE",null])&&!A(e,["WHERE"]))return{candidates:k(qT,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&A(e,["ADD"]))return{candidates:k(ET,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&A(e,["DROP"]))return{candidates:k(TT,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&A(e,["DROP","CONSTRAINT"])){if(!r)return{candidates:[]};let i=e.slice(2,e.length-2),a=KT(i);return a?{candidates:a.schema===null?await $(r,_u,t,[a.table]):await $(r,Ru,t,[a.schema,a.table])}:{candidates:[]}}if(Q(e,["ALTER","TABLE"])&&A(e,["RENAME"]))return{candidates:k(_T,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&(A(e,["ALTER"])||A(e,["ALTER","COLUMN",null])))return{candidates:k(ST,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&A(e,["SET"]))return{candidates:k(RT,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&A(e,["ENABLE"]))return{candidates:k(AT,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&A(e,["DISABLE"]))return{candidates:k(NT,t,n.settings)};if(Q(e,["ALTER","TABLE"])&&A(e,["REPLICA","IDENTITY"]))return{candidates:k(yT,t,n.settings)};if(A(e,["ALTER","TABLE",null]))return{candidates:k(hT,t,n.settings)};if(A(e,["ALTER","TABLE"]))return s();if(A(e,["ALTER","VIEW",null]))return{candidates:k(wT,t,n.settings)};if(A(e,["ALTER","VIEW"]))return s(Er);if(A(e,["ALTER","MATERIALIZED","VIEW",null]))return{candidates:k(LT,t,n.settings)};if(A(e,["ALTER","MATERIALIZED","VIEW"]))return s(Sr);if(A(e,["ALTER","INDEX",null]))return{candidates:k(OT,t,n.settings)};if(A(e,["ALTER","INDEX"]))return s(fn);if(A(e,["ALTER","SEQUENCE",null]))return{candidates:k(bT,t,n.settings)};if(A(e,["ALTER","SEQUENCE"]))return s(Tr);if(A(e,["ALTER","FUNCTION|PROCEDURE|ROUTINE",null]))return{candidates:k(IT,t,n.settings)};if(A(e,["ALTER","FUNCTION|PROCEDURE|ROUTINE"]))return r?{candidates:await $(r,pn,t)}:{candidates:[]};if(A(e,["ALTER","TYPE",null,"RENAME","VALUE"])&&t.startsWith("'")){if(!r)return{candidates:[]};let i=e[e.length-3].toLowerCase(),a=t.slice(1);return{candidates:await $(r,yu,a,[i])}}if(A(e,["ALTER","TYPE",null]))return{candidates:k(CT,t,n.settings)};if(A(e,["ALTER","TYPE"]))return r?{candidates:await $(r,Rr,t)}:{candidates:[]};if(A(e,["ALTER","ROLE|USER|GROUP",null]))return{candidates:k(vT,t,n.settings)};if(A(e,["ALTER","ROLE|USER|GROUP"]))return r?{candidates:await $(r,Xe,t)}:{candidates:[]};if(A(e,["ALTER","DATABASE",null]))return{candidates:k(PT,t,n.settings)};if(A(e,["ALTER","DATABASE"]))return r?{candidates:await $(r,qt,t)}:{candidates:[]};if(A(e,["ALTER","SCHEMA",null]))return{candidates:k(DT,t,n.settings)};if(A(e,["ALTER","SCHEMA"]))return r?{candidates:await $(r,Ke,t)}:{candidates:[]};if(A(e,["ALTER","EXTENSION",null]))return{candidates:k(kT,t,n.settings)};if(A(e,["ALTER","EXTENSION"]))return r?{candidates:await $(r,_r,t)}:{candidates:[]};if(A(e,["ALTER","POLICY",null]))return{candidates:k(MT,t,n.settings)};if(Q(e,["ALTER","POLICY"])&&A(e,["ON"]))return s();if(A(e,["ALTER","POLICY"]))return{candidates:[]};if(A(e,["ALTER","PUBLICATION",null]))return{candidates:k($T,t,n.settings)};if(A(e,["ALTER","PUBLICATION"]))return r?{candidates:await $(r,Gs,t)}:{candidates:[]};if(A(e,["ALTER","SUBSCRIPTION",null]))return{candidates:k(UT,t,n.settings)};if(A(e,["ALTER","SUBSCRIPTION"]))return r?{candidates:await $(r,Ys,t)}:{candidates:[]};if(A(e,["ALTER"]))return{candidates:k(gT,t,n.settings)};if(A(e,["DROP","TABLE"]))return s();if(A(e,["DROP","VIEW"]))return s(Er);if(A(e,["DROP","MATERIALIZED","VIEW"]))return s(Sr);if(A(e,["DROP","INDEX"]))return s(fn);if(A(e,["DROP","SEQUENCE"]))return s(Tr);if(A(e,["DROP","TYPE"])){let i=k(VT,t,n.settings);if(!r)return{candidates:i};let a=await $(r,Rr,t);return{candidates:[...i,...a]}}if(A(e,["DROP","SCHEMA"]))return r?{candidates:await $(r,Ke,t)}:{candidates:[]};if(A(e,["DROP","EXTENSION"]))return r?{candidates:await $(r,_r,t)}:{candidates:[]};if(A(e,["DROP","ROLE|USER|GROUP"]))return r?{candidates:await $(r,Xe,t)}:{candidates:[]};if(A(e,["DROP","DATABASE"]))return r?{candidates:await $(r,qt,t)}:{candidates:[]};if(A(e,["DROP","FUNCTION"]))return r?{candidates:await $(r,pn,t)}:{candidates:[]};if(A(e,["DROP","LANGUAGE"]))return r?{candidates:await $(r,Vs,t)}:{candidates:[]};if(A(e,["DROP","TABLESPACE"]))return r?{candidates:await $(r,pu,t)}:{candidates:[]};if(A(e,["DROP","PUBLICATION"]))return r?{candidates:await $(r,Gs,t)}:{candidates:[]};if(A(e,["DROP","SUBSCRIPTION"]))return r?{candidates:await $(r,Ys,t)}:{candidates:[]};if(A(e,["DROP"]))return{candidates:k(mT,t,n.settings)};if(A(e,["CREATE","INDEX"]))return{candidates:k(Ou,t,n.settings)};if(A(e,["CREATE","UNIQUE","INDEX"]))return{candidates:k(Ou,t,n.settings)};if(A(e,["CREATE","INDEX",null])||A(e,["CREATE","UNIQUE","INDEX",null]))return{candidates:k(["ON"],t,n.settings)};if(A(e,["CREATE","INDEX",null,"ON"])||A(e,["CREATE","INDEX","ON"])||A(e,["CREATE","UNIQUE","INDEX",null,"ON"])||A(e,["CREATE","UNIQUE","INDEX","ON"]))return s();if((Q(e,["CREATE","INDEX"])||Q(e,["CREATE","UNIQUE","INDEX"]))&&A(e,["ON",null]))return{candidates:k(["USING","("],t,n.settings)};if((Q(e,["CREATE","INDEX"])||Q(e,["CREATE","UNIQUE","INDEX"]))&&A(e,["USING"]))return r?{candidates:await $(r,Eu,t)}:{candidates:k(["btree","hash","gist","gin","spgist","brin"],t,n.settings)};if(A(e,["CREATE"]))return{candidates:k(pT,t,n.settings)};if(A(e,["CREATE","TABLE"]))return s();if(Q(e,["CREATE","TABLE"])&&A(e,["(|,",null]))return r?{candidates:await $(r,Su,t)}:{candidates:[]};if(A(e,["CREATE","OR","REPLACE"]))return{candidates:k(["FUNCTION","PROCEDURE","VIEW","TRIGGER","AGGREGATE","TRANSFORM"],t,n.settings)};if(A(e,["TRUNCATE"]))return{candidates:[...k(["TABLE","ONLY"],t,n.settings),...await bu(r,t)]};if(A(e,["TRUNCATE","TABLE"])||A(e,["TRUNCATE","ONLY"]))return s();if(Q(e,["COPY|\\copy"])&&Q(e,[null,null,"FROM"])&&(A(e,["("])||A(e,[","])))return{candidates:k(GT,t,n.settings)};if(Q(e,["COPY|\\copy"])&&Q(e,[null,null,"TO"])&&(A(e,["("])||A(e,[","])))return{candidates:k(YT,t,n.settings)};if(A(e,["COPY"]))return s();if(A(e,["COPY",null]))return{candidates:k(["FROM","TO"],t,n.settings)};if(A(e,["ANALYZE"])||A(e,["ANALYZE","VERBOSE"])||A(e,["VACUUM"])||A(e,["VACUUM","VERBOSE"])||A(e,["VACUUM","FULL"])||A(e,["VACUUM","ANALYZE"]))return s();if(A(e,["REINDEX"]))return{candidates:k(["TABLE","INDEX","SCHEMA","DATABASE","SYSTEM","CONCURRENTLY"],t,n.settings)};if(A(e,["REINDEX","TABLE"]))return s();if(A(e,["REINDEX","INDEX"]))return s(fn);if(A(e,["REINDEX","SCHEMA"]))return r?{candidates:await $(r,Ke,t)}:{candidates:[]};if(A(e,["REINDEX","DATABASE"]))return r?{candidates:await $(r,qt,t)}:{candidates:[]};if(A(e,["GRANT"])||A(e,["REVOKE"]))return{candidates:k(xT,t,n.settings)};if(A(e,["ON"]))return s();if(A(e,["TO"])&&Q(e,["GRANT"])&&r)return{candidates:await $(r,Xe,t)};if(A(e,["FROM"])&&Q(e,["REVOKE"]))return r?{candidates:await $(r,Xe,t)}:{candidates:[]};if(A(e,["LOCK"]))return{candidates:[...k(["TABLE"],t,n.settings),...await bu(r,t)]};if(A(e,["LOCK","TABLE"]))return s();if(A(e,["SET","ROLE"]))return r?{candidates:await $(r,Xe,t)}:{candidates:[]};if(A(e,["SET","SCHEMA"]))return r?{candidates:await $(r,Ke,t)}:{candidates:[]};if(A(e,["SET","SESSION"]))return{candidates:k(["AUTHORIZATION","CHARACTERISTICS AS TRANSACTION"],t,n.settings)};if(A(e,["SET","TRANSACTION"]))return{candidates:k(["ISOLATION LEVEL","READ ONLY","READ WRITE","DEFERRABLE"],t,n.settings)};if(A(e,["SET","DateStyle","TO|="])||A(e,["SET","DATESTYLE","TO|="])||A(e,["SET","datestyle","TO|="]))return{candidates:k(BT,t,n.settings)};if(A(e,["SET","timezone","TO|="])||A(e,["SET","TIMEZONE","TO|="])||A(e,["SET","TimeZone","TO|="])){if(!r)return{candidates:[]};let i=t.startsWith("'")?Lu:wu;return{candidates:await $(r,i,t)}}if(A(e,["SET",null,"TO|="])){if(!r)return{candidates:[]};let i=e[e.length-2];return{candidates:await $(r,hu,t,[i])}}if(A(e,["SET",null]))return{candidates:k(["TO"],t,n.settings)};if(A(e,["SET"])){let i=k(["CONSTRAINTS","LOCAL","ROLE","SCHEMA","SESSION","TIME ZONE","TRANSACTION"],t,n.settings);if(!r)return{candidates:i};let a=await $(r,Ar,t);return{candidates:[...i,...a]}}if(A(e,["SHOW"])){let i=k(["ALL"],t,n.settings);if(!r)return{candidates:[...i,...k(["search_path","role","session_authorization","transaction_isolation","client_encoding","server_encoding","server_version","timezone"],t,n.settings)]};let a=await $(r,Ar,t);return{candidates:[...i,...a]}}if(A(e,["RESET"])){let i=k(["ALL","SESSION AUTHORIZATION","ROLE"],t,n.settings);if(!r)return{candidates:i};let a=await $(r,Ar,t);return{candidates:[...i,...a]}}return A(e,["BEGIN"])||A(e,["START"])?{candidates:k(WT,t,n.settings)}:A(e,["ROLLBACK"])?{candidates:k(["TO SAVEPOINT","TRANSACTION","AND CHAIN","AND NO CHAIN"],t,n.settings)}:A(e,["EXPLAIN"])?{candidates:k(["ANALYZE","VERBOSE","SELECT","INSERT INTO","UPDATE","DELETE FROM","("],t,n.settings)}:A(e,["DECLARE"])?{candidates:[]}:A(e,["CALL"])?r?{candidates:await $(r,pn,t)}:{candidates:[]}:A(e,["SELECT"])?{candidates:k(["DISTINCT","ALL","*","CURRENT_DATE","CURRENT_TIME","CURRENT_TIMESTAMP","CURRENT_USER","NULL","TRUE","FALSE"],t,n.settings)}:A(e,["SELECT","*"])?{candidates:k(["FROM"],t,n.settings)}:{candidates:[]}},bu=async(e,t)=>e?$(e,dn,t):[],Nt=async(e,t,n)=>{if(t.startsWith('"'))return n_(e,t,n);let r=Cu(t);if(r){let i=await $(e,Tu,r.prefix,[r.schema]),a=r.schemaWasQuoted?r.schema:r.schema.toLowerCase();return i.map(l=>a+"."+l)}let[s,o]=await Promise.all([$(e,n,t),$(e,Ke,t)]);return[...s,...o.map(i=>i+".")]},n_=async(e,t,n)=>{let r=t.slice(1).replace(/"$/,""),s=r_(n);return s?(await $(e,s,r)).map(o=>'"'+o+'"'):[]},r_=e=>!e.includes("pg_catalog.pg_class c")||!e.includes("c.relname ILIKE $1")?null:e.replace("SELECT pg_catalog.quote_ident(c.relname)","SELECT c.relname").replace("c.relname ILIKE $1","c.relname LIKE $1"),At=(e,t)=>{if(t.length===0)return e.slice();let n=t.toLowerCase();return e.filter(r=>r.toLowerCase().startsWith(n))},Pu=e=>{let t=[];for(let[n]of e.vars.entries())t.push(n);return t.sort()},Iu=e=>{let t=new Set;for(let[n]of e.vars.entries())t.add(n);for(let n of au)t.add(n);return[...t].sort()};var Du=e=>async(n,r)=>{let{prevWords:s,currentWord:o,replaceLength:i}=su(n,r),a={settings:e.settings,queryBuf:e.getQueryBuf?.()??""},{candidates:l}=await vu(s,o,a),c=new Set,u=[];for(let d of l)c.has(d)||(c.add(d),u.push(d));return u.sort((d,f)=>{let m=d.toLowerCase(),p=f.toLowerCase();return m<p?-1:m>p?1:0}),{candidates:u,commonPrefix:s_(u,o),replaceLength:i}},s_=(e,t)=>{if(e.length===0)return t;if(e.length===1)return e[0];let n=e.map(i=>Array.from(i)),r=n.reduce((i,a)=>Math.min(i,a.length),1/0),s=[];for(let i=0;i<r;i++){let a=n[0][i],l=!0;for(let c=1;c<n.length;c++)if(n[c][i]!==a){l=!1;break}if(!l)break;s.push(a)}let o=s.join("");return o.length>=t.length?o:t};T();T();var ze=e=>Array.from(e),yr=class Nr{static{this.KILL_RING_MAX=32}static{this.UNDO_STACK_MAX=256}constructor(t="",n){this.chars=[],this._cursor=0,this.killRing=[],this.yankIndex=-1,this.lastKill="none",this.undoStack=[],this.chars=ze(t),this._cursor=n===void 0?this.chars.length:this.clampCursor(n)}get text(){return this.chars.join("")}get cursor(){return this._cursor}get length(){return this.chars.length}snapshot(){return{text:this.text,cursor:this._cursor}}restore(t){this.chars=ze(t.text),this._cursor=this.clampCursor(t.cursor),this.lastKill="none"}setText(t,n){this.chars=ze(t),this._cursor=n===void 0?this.chars.length:this.clampCursor(n),this.lastKill="none"}moveLeft(){this._cursor>0&&this._cursor--,this.lastKill="none"}moveRight(){this._cursor<this.chars.length&&this._cursor++,this.lastKill="none"}moveHome(){this._cursor=0,this.lastKill="none"}moveEnd(){this._cursor=this.chars.length,this.lastKill="none"}moveWordLeft(){let t=this._cursor;for(;t>0&&!Je(this.chars[t-1]);)t--;for(;t>0&&Je(this.chars[t-1]);)t--;this._cursor=t,this.lastKill="none"}moveWordRight(){let t=this._cursor;for(;t<this.chars.length&&!Je(this.chars[t]);)t++;for(;t<this.chars.length&&Je(this.chars[t]);)t++;this._cursor=t,this.lastKill="none"}insert(t){if(t.length===0)return;this.pushUndo();let n=ze(t);this.chars.splice(this._cursor,0,...n),this._cursor+=n.length,this.lastKill="none"}deleteLeft(){this._cursor!==0&&(this.pushUndo(),this.chars.splice(this._cursor-1,1),this._cursor--,this.lastKill="none")}deleteRight(){this._cursor!==this.chars.length&&(this.pushUndo(),this.chars.splice(this._cursor,1),this.lastKill="none")}killToEnd(){if(this._cursor===this.chars.length)return;this.pushUndo();let t=this.chars.slice(this._cursor).join("");this.chars.length=this._cursor,this.recordKill(t,"forward")}killToStart(){if(this._cursor===0)return;this.pushUndo();let t=this.chars.slice(0,this._cursor).join("");this.chars.splice(0,this._cursor),this._cursor=0,this.recordKill(t,"backward")}killWordLeft(){if(this._cursor===0)return;let t=this._cursor;for(;t>0&&!Je(this.chars[t-1]);)t--;for(;t>0&&Je(this.chars[t-1]);)t--;if(t===this._cursor)return;this.pushUndo();let n=this.chars.slice(t,this._cursor).join("");this.chars.splice(t,this._cursor-t),this._cursor=t,this.recordKill(n,"backward")}killWordRight(){if(this._cursor===this.chars.length)return;let t=this._cursor;for(;t<this.chars.length&&!Je(this.chars[t]);)t++;for(;t<this.chars.length&&Je(this.chars[t]);)t++;if(t===this._cursor)return;this.pushUndo();let n=this.chars.slice(this._cursor,t).join("");this.chars.splice(this._cursor,t-this._cursor),this.recordKill(n,"forward")}yank(){if(this.killRing.length===0)return;let t=this.killRing[0];return this.insert(t),this.yankIndex=0,t}yankPop(t){if(this.killRing.length===0||(this.yankIndex=(this.yankIndex+1)%this.killRing.length,this._cursor<t.length))return;let n=this._cursor-ze(t).length;this.pushUndo(),this.chars.splice(n,ze(t).length),this._cursor=n;let r=this.killRing[this.yankIndex],s=ze(r);return this.chars.splice(this._cursor,0,...s),this._cursor+=s.length,r}resetKillTracking(){this.lastKill="none"}getKillRing(){return this.killRing}pushUndo(){this.undoStack.push({text:this.text,cursor:this._cursor}),this.undoStack.length>Nr.UNDO_STACK_MAX&&this.undoStack.shift()}undo(){let t=this.undoStack.pop();return t?(this.chars=ze(t.text),this._cursor=this.clampCursor(t.cursor),this.lastKill="none",!0):!1}clampCursor(t){return t<0?0:t>this.chars.length?this.chars.length:t}recordKill(t,n){t.length!==0&&(this.lastKill===n&&this.killRing.length>0?this.killRing[0]=n==="forward"?this.killRing[0]+t:t+this.killRing[0]:(this.killRing.unshift(t),this.killRing.length>Nr.KILL_RING_MAX&&(this.killRing.length=Nr.KILL_RING_MAX)),this.lastKill=n,this.yankIndex=-1)}},Je=e=>{if(e.length===0)return!1;let t=e.codePointAt(0)??0;return t>=48&&t<=57||t>=65&&t<=90||t>=97&&t<=122||t===95?!0:t>127?t>=160:!1};T();var $u=class{constructor(){this.result=null,this.lastTapAt=0,this.tabCount=0,this.cycleIndex=-1,this.cycleLen=0}reset(){this.result=null,this.tabCount=0,this.cycleIndex=-1,this.cycleLen=0,this.lastTapAt=0}getCycleIndex(){return this.cycleIndex}getCandidates(){return this.result?.candidates??[]}async apply(e,t,n=Date.now()){let r=n-this.lastTapAt;if(this.lastTapAt=n,this.result===null||r>2e3){let i=await Promise.resolve(t(e.text,e.cursor));if(this.result=i,this.tabCount=1,this.cycleIndex=-1,this.cycleLen=0,i.candidates.length===0)return{kind:"bell"};if(i.candidates.length===1){let l=i.candidates[0],c=o_(l,i)?l+" ":l;return Qs(e,i.replaceLength,c),this.reset(),{kind:"inserted"}}let a=e.text.slice(e.cursor-i.replaceLength,e.cursor);return i.commonPrefix!==a&&Qs(e,i.replaceLength,i.commonPrefix),this.cycleLen=ku(i.commonPrefix),{kind:"inserted"}}if(this.tabCount++,this.tabCount===2&&r<=500)return{kind:"list",candidates:this.result.candidates.slice()};let s=this.result.candidates;this.cycleIndex=(this.cycleIndex+1)%s.length;let o=s[this.cycleIndex];return Qs(e,this.cycleLen,o),this.cycleLen=ku(o),{kind:"cycled",candidate:o}}},Qs=(e,t,n)=>{for(let r=0;r<t;r++)e.deleteLeft();e.insert(n)},ku=e=>Array.from(e).length,o_=(e,t)=>{if(t.suppressTrailingSpace===!0||e.length===0)return!1;let n=e[e.length-1];return n===" "||n==="	"||n===`
`||n==="."||n==="/"||n==="("?!1:n==='"'?Mu(e,'"')%2===0:n==="'"?Mu(e,"'")%2===0:!0},Mu=(e,t)=>{let n=0;for(let r of e)r===t&&n++;return n},i_="\x1B[7m",a_="\x1B[27m",js=(e,t,n)=>{if(e.length===0)return"";let r=e.reduce((l,c)=>Math.max(l,c.length),0)+2,s=Math.max(1,Math.floor(t/r)),o=Math.ceil(e.length/s),i=n!==void 0&&n>=0&&n<e.length?n:-1,a=[];for(let l=0;l<o;l++){let c=[];for(let u=0;u<s;u++){let d=l*s+u;if(d>=e.length)break;let f=e[d],m=f+" ".repeat(r-f.length);d===i?c.push(i_+f+a_+" ".repeat(r-f.length)):c.push(m)}a.push(c.join("").trimEnd())}return a.join(`
`)};T();var Hu=(e=[],t="emacs")=>({buffer:new yr,history:[...e],historyIndex:-1,liveSnapshot:null,lastYank:null,pasting:!1,mode:t,viPending:null,exBuffer:""}),Fu=(e,t)=>{if(e.pasting)return t.key==="paste-end"?(e.pasting=!1,{kind:"paste-end"}):t.key==="char"&&t.char!==void 0&&!t.ctrl&&!t.meta?(e.buffer.insert(t.char),{kind:"redraw"}):t.key==="enter"?(e.buffer.insert(`
`),{kind:"redraw"}):t.key==="tab"?(e.buffer.insert("	"),{kind:"redraw"}):{kind:"noop"};if(t.key==="char"&&t.ctrl&&t.char==="c")return e.viPending=null,{kind:"cancel"};if(e.mode==="ex")return f_(e,t);if(e.mode==="normal")return u_(e,t);if(e.mode==="insert")return c_(e,t);switch(t.key){case"paste-start":return e.pasting=!0,{kind:"paste-start"};case"paste-end":return e.pasting=!1,{kind:"paste-end"};case"enter":return{kind:"submit"};case"tab":return{kind:"complete"};case"backspace":return t.meta?e.buffer.killWordLeft():e.buffer.deleteLeft(),{kind:"redraw"};case"delete":return e.buffer.deleteRight(),{kind:"redraw"};case"left":return t.meta?e.buffer.moveWordLeft():e.buffer.moveLeft(),{kind:"redraw"};case"right":return t.meta?e.buffer.moveWordRight():e.buffer.moveRight(),{kind:"redraw"};case"up":return ke(e,-1);case"down":return ke(e,1);case"home":return e.buffer.moveHome(),{kind:"redraw"};case"end":return e.buffer.moveEnd(),{kind:"redraw"};case"escape":return{kind:"noop"};case"char":return l_(e,t);case"pageup":case"pagedown":case"unknown":return{kind:"bell"}}},l_=(e,t)=>{let n=t.char??"";if(n.length===0)return{kind:"noop"};if(t.ctrl)switch(n){case"a":return e.buffer.moveHome(),{kind:"redraw"};case"e":return e.buffer.moveEnd(),{kind:"redraw"};case"b":return e.buffer.moveLeft(),{kind:"redraw"};case"f":return e.buffer.moveRight(),{kind:"redraw"};case"p":return ke(e,-1);case"n":return ke(e,1);case"k":return e.buffer.killToEnd(),{kind:"redraw"};case"u":return e.buffer.killToStart(),{kind:"redraw"};case"w":return e.buffer.killWordLeft(),{kind:"redraw"};case"y":{let r=e.buffer.yank();return e.lastYank=r??null,r===void 0?{kind:"bell"}:{kind:"redraw"}}case"c":return{kind:"cancel"};case"d":return e.buffer.length===0?{kind:"eof"}:(e.buffer.deleteRight(),{kind:"redraw"});case"l":return{kind:"clear-screen"};case"h":return e.buffer.deleteLeft(),{kind:"redraw"};case"r":return{kind:"search-start"};case"t":return T_(e.buffer),{kind:"redraw"};case"_":case"/":return e.buffer.undo()?{kind:"redraw"}:{kind:"bell"};case"g":return{kind:"bell"};default:return{kind:"bell"}}if(t.meta)switch(n){case"b":case"B":return e.buffer.moveWordLeft(),{kind:"redraw"};case"f":case"F":return e.buffer.moveWordRight(),{kind:"redraw"};case"d":case"D":return e.buffer.killWordRight(),{kind:"redraw"};case"y":case"Y":if(e.lastYank===null)return{kind:"bell"};{let r=e.buffer.yankPop(e.lastYank);if(r===void 0)return{kind:"bell"};e.lastYank=r}return{kind:"redraw"};default:return{kind:"bell"}}return e.buffer.insert(n),{kind:"redraw"}},ke=(e,t)=>{if(e.history.length===0)return{kind:"bell"};if(e.historyIndex===-1)return t<0?(e.liveSnapshot=e.buffer.text,e.historyIndex=e.history.length-1,e.buffer.setText(e.history[e.historyIndex]),{kind:"redraw"}):{kind:"bell"};let n=e.historyIndex+t;return n<0?{kind:"bell"}:n>=e.history.length?(e.historyIndex=-1,e.buffer.setText(e.liveSnapshot??""),e.liveSnapshot=null,{kind:"redraw"}):(e.historyIndex=n,e.buffer.setText(e.history[n]),{kind:"redraw"})},c_=(e,t)=>{switch(t.key){case"paste-start":return e.pasting=!0,{kind:"paste-start"};case"paste-end":return e.pasting=!1,{kind:"paste-end"};case"enter":return{kind:"submit"};case"tab":return{kind:"complete"};case"escape":return e.mode="normal",e.viPending=null,e.buffer.cursor>0&&e.buffer.moveLeft(),{kind:"redraw"};case"backspace":return e.buffer.deleteLeft(),{kind:"redraw"};case"delete":return e.buffer.deleteRight(),{kind:"redraw"};case"left":return e.buffer.moveLeft(),{kind:"redraw"};case"right":return e.buffer.moveRight(),{kind:"redraw"};case"up":return ke(e,-1);case"down":return ke(e,1);case"home":return e.buffer.moveHome(),{kind:"redraw"};case"end":return e.buffer.moveEnd(),{kind:"redraw"};case"char":{let n=t.char??"";return n.length===0?{kind:"noop"}:t.ctrl&&n==="d"&&e.buffer.length===0?{kind:"eof"}:t.ctrl||t.meta?{kind:"noop"}:(e.buffer.insert(n),{kind:"redraw"})}case"pageup":case"pagedown":case"unknown":return{kind:"bell"}}},u_=(e,t)=>{if(e.viPending!==null)return m_(e,t);switch(t.key){case"enter":return{kind:"submit"};case"tab":return{kind:"bell"};case"escape":return e.viPending=null,{kind:"noop"};case"backspace":return e.buffer.moveLeft(),{kind:"redraw"};case"delete":return e.buffer.deleteRight(),{kind:"redraw"};case"left":return e.buffer.moveLeft(),{kind:"redraw"};case"right":return e.buffer.moveRight(),{kind:"redraw"};case"up":return ke(e,-1);case"down":return ke(e,1);case"home":return e.buffer.moveHome(),{kind:"redraw"};case"end":return e.buffer.moveEnd(),{kind:"redraw"};case"char":return d_(e,t);case"paste-start":return e.pasting=!0,{kind:"paste-start"};case"paste-end":return e.pasting=!1,{kind:"paste-end"};case"pageup":case"pagedown":case"unknown":return{kind:"bell"}}},d_=(e,t)=>{let n=t.char??"";if(n.length===0)return{kind:"noop"};if(t.ctrl&&n==="d"&&e.buffer.length===0)return{kind:"eof"};if(t.ctrl||t.meta)return{kind:"bell"};switch(n){case"h":return e.buffer.moveLeft(),{kind:"redraw"};case"l":return e.buffer.moveRight(),{kind:"redraw"};case"b":return e.buffer.moveWordLeft(),{kind:"redraw"};case"w":return e.buffer.moveWordRight(),{kind:"redraw"};case"e":return g_(e.buffer),{kind:"redraw"};case"0":return e.buffer.moveHome(),{kind:"redraw"};case"$":return e.buffer.moveEnd(),{kind:"redraw"};case"^":return h_(e.buffer),{kind:"redraw"};case"j":return ke(e,1);case"k":return ke(e,-1);case"i":return e.mode="insert",{kind:"redraw"};case"a":return e.buffer.cursor<e.buffer.length&&e.buffer.moveRight(),e.mode="insert",{kind:"redraw"};case"I":return e.buffer.moveHome(),e.mode="insert",{kind:"redraw"};case"A":return e.buffer.moveEnd(),e.mode="insert",{kind:"redraw"};case"x":return e.buffer.deleteRight(),{kind:"redraw"};case"X":return e.buffer.deleteLeft(),{kind:"redraw"};case"D":return e.buffer.killToEnd(),{kind:"redraw"};case"~":return E_(e.buffer),{kind:"redraw"};case"r":return e.viPending="r",{kind:"noop"};case"d":return e.viPending="d",{kind:"noop"};case"c":return e.viPending="c",{kind:"noop"};case"g":return e.viPending="g",{kind:"noop"};case":":return e.mode="ex",e.exBuffer="",{kind:"ex-update"};default:return{kind:"bell"}}},f_=(e,t)=>{switch(t.key){case"escape":return e.mode="normal",e.exBuffer="",{kind:"redraw"};case"enter":return p_(e);case"backspace":return e.exBuffer.length===0?(e.mode="normal",{kind:"redraw"}):(e.exBuffer=e.exBuffer.slice(0,-1),{kind:"ex-update"});case"char":{let n=t.char??"";return n.length===0||t.ctrl||t.meta?{kind:"bell"}:(e.exBuffer+=n,{kind:"ex-update"})}case"paste-start":case"paste-end":case"tab":case"delete":case"left":case"right":case"up":case"down":case"home":case"end":case"pageup":case"pagedown":case"unknown":return{kind:"bell"}}},p_=e=>{let t=e.exBuffer.trim();switch(e.exBuffer="",e.mode="normal",t){case"q":case"q!":case"quit":return{kind:"cancel"};case"w":return{kind:"bell"};case"":return{kind:"redraw"};default:return{kind:"bell"}}},m_=(e,t)=>{let n=e.viPending;if(e.viPending=null,t.key==="escape")return{kind:"noop"};if(n==="r")return t.key!=="char"||t.char===void 0||t.ctrl||t.meta?{kind:"bell"}:e.buffer.cursor>=e.buffer.length?{kind:"bell"}:(S_(e.buffer,t.char),{kind:"redraw"});if(n==="g")return{kind:"bell"};if(t.key!=="char"||t.char===void 0||t.ctrl||t.meta)return{kind:"bell"};let r=t.char;return n==="d"?r==="d"?(e.buffer.moveHome(),e.buffer.killToEnd(),{kind:"redraw"}):r==="w"?(e.buffer.killWordRight(),{kind:"redraw"}):r==="b"?(e.buffer.killWordLeft(),{kind:"redraw"}):r==="$"?(e.buffer.killToEnd(),{kind:"redraw"}):r==="0"?(e.buffer.killToStart(),{kind:"redraw"}):{kind:"bell"}:n==="c"?r==="c"?(e.buffer.moveHome(),e.buffer.killToEnd(),e.mode="insert",{kind:"redraw"}):r==="w"?(e.buffer.killWordRight(),e.mode="insert",{kind:"redraw"}):r==="b"?(e.buffer.killWordLeft(),e.mode="insert",{kind:"redraw"}):r==="$"?(e.buffer.killToEnd(),e.mode="insert",{kind:"redraw"}):r==="0"?(e.buffer.killToStart(),e.mode="insert",{kind:"redraw"}):{kind:"bell"}:{kind:"bell"}},g_=e=>{let t=e.text,n=Array.from(t),r=e.cursor;for(;r<n.length&&!Uu(n[r]);)r++;for(;r<n.length-1&&Uu(n[r+1]);)r++;r<n.length&&r++,e.setText(t,r)},h_=e=>{let t=e.text,n=Array.from(t),r=0;for(;r<n.length&&(n[r]===" "||n[r]==="	");)r++;e.setText(t,r)},E_=e=>{let t=e.text,n=Array.from(t),r=e.cursor;if(r>=n.length)return;let s=n[r],o=s===s.toLowerCase()?s.toUpperCase():s.toLowerCase();if(o===s){e.setText(t,Math.min(r+1,n.length));return}e.pushUndo(),n[r]=o,e.setText(n.join(""),Math.min(r+1,n.length))},S_=(e,t)=>{let n=e.text,r=Array.from(n),s=e.cursor;s>=r.length||(e.pushUndo(),r[s]=t,e.setText(r.join(""),s))},Uu=e=>{if(e.length===0)return!1;let t=e.codePointAt(0)??0;return t>=48&&t<=57||t>=65&&t<=90||t>=97&&t<=122||t===95?!0:t>127?t>=160:!1},T_=e=>{let t=e.length;if(t<2)return;let n=e.text,r=Array.from(n),s=e.cursor;if(s===0||(s===t&&s--,s<1))return;e.pushUndo();let o=r[s-1];r[s-1]=r[s],r[s]=o,e.setText(r.join(""),Math.min(s+1,t))};T();var qu=e=>({key:"char",char:String.fromCharCode(e+96),ctrl:!0}),Bu=class{constructor(e={}){this.pending=[],this.utf8Bytes=[],this.utf8Expect=0,this.escTimer=null,this.escPending=!1,this.escTimeoutMs=e.escTimeoutMs??0,this.onTimeoutEvent=e.onTimeoutEvent}reset(){this.pending.length=0,this.utf8Bytes.length=0,this.utf8Expect=0,this.clearEscTimer(),this.escPending=!1}clearEscTimer(){this.escTimer!==null&&(clearTimeout(this.escTimer),this.escTimer=null)}push(e){e.length>0&&this.escPending&&(this.clearEscTimer(),this.escPending=!1);for(let n of e)this.pending.push(n);let t=[];for(;;){let n=this.pending.length,r=this.tryConsume();if(r===null){if(this.pending.length!==n)continue;break}if(t.push(r),this.pending.length===0)break}return t}tryConsume(){if(this.pending.length===0)return null;let e=this.pending[0];if(this.utf8Expect>0){if((e&192)!==128)return this.utf8Bytes.length=0,this.utf8Expect=0,this.pending.shift(),{key:"unknown",raw:new Uint8Array([e])};if(this.utf8Bytes.push(e),this.pending.shift(),this.utf8Expect--,this.utf8Expect===0){let t=Uint8Array.from(this.utf8Bytes);return this.utf8Bytes.length=0,{key:"char",char:__(t)}}return null}return e>=32&&e<=126?(this.pending.shift(),{key:"char",char:String.fromCharCode(e)}):e===9?(this.pending.shift(),{key:"tab"}):e===10||e===13?(this.pending.shift(),{key:"enter"}):e===127||e===8?(this.pending.shift(),{key:"backspace"}):e===27?this.consumeEscape():e<32?(this.pending.shift(),qu(e)):(e&224)===192?(this.utf8Expect=1,this.utf8Bytes=[e],this.pending.shift(),null):(e&240)===224?(this.utf8Expect=2,this.utf8Bytes=[e],this.pending.shift(),null):(e&248)===240?(this.utf8Expect=3,this.utf8Bytes=[e],this.pending.shift(),null):(this.pending.shift(),{key:"unknown",raw:new Uint8Array([e])})}consumeEscape(){if(this.pending.length===1)return this.escTimeoutMs===0?(this.pending.shift(),{key:"escape"}):(this.escPending||(this.escPending=!0,this.escTimer=setTimeout(()=>{this.escTimer=null,this.escPending&&this.pending[0]===27?(this.pending.shift(),this.escPending=!1,this.onTimeoutEvent?.({key:"escape"})):this.escPending=!1},this.escTimeoutMs)),null);let e=this.pending[1];if(e===91)return this.consumeCsi();if(e===79){if(this.pending.length<3)return null;let n=this.pending[2];return this.pending.splice(0,3),R_(n)}if(e<32){this.pending.splice(0,2);let n=qu(e);return n.meta=!0,n}if(e===127)return this.pending.splice(0,2),{key:"backspace",meta:!0};if(e>=32&&e<=126)return this.pending.splice(0,2),{key:"char",char:String.fromCharCode(e),meta:!0};let t=Uint8Array.from(this.pending.slice(0,2));return this.pending.splice(0,2),{key:"unknown",raw:t}}consumeCsi(){let e=2;for(;e<this.pending.length;){let a=this.pending[e];if(a>=64&&a<=126)break;e++}if(e===this.pending.length)return null;let t=this.pending.slice(2,e),n=this.pending[e],r=e+1,s=()=>{this.pending.splice(0,r)};if(n===126){let a=String.fromCharCode(...t);switch(s(),a){case"1":case"7":return{key:"home"};case"2":return{key:"unknown"};case"3":return{key:"delete"};case"4":case"8":return{key:"end"};case"5":return{key:"pageup"};case"6":return{key:"pagedown"};case"200":return{key:"paste-start"};case"201":return{key:"paste-end"};default:return{key:"unknown"}}}let o=String.fromCharCode(...t);s();let i=o.endsWith(";3")||o.endsWith(";7");switch(n){case 65:return i?{key:"up",meta:!0}:{key:"up"};case 66:return i?{key:"down",meta:!0}:{key:"down"};case 67:return i?{key:"right",meta:!0}:{key:"right"};case 68:return i?{key:"left",meta:!0}:{key:"left"};case 72:return{key:"home"};case 70:return{key:"end"};case 90:return{key:"tab",meta:!0};default:return{key:"unknown",raw:Uint8Array.from(this.pending.slice(0,r))}}}},__=e=>new TextDecoder("utf-8",{fatal:!1}).decode(e),R_=e=>{switch(e){case 65:return{key:"up"};case 66:return{key:"down"};case 67:return{key:"right"};case 68:return{key:"left"};case 72:return{key:"home"};case 70:return{key:"end"};default:return{key:"unknown",raw:new Uint8Array([27,79,e])}}},yt=e=>e>0?`\x1B[${e}A`:"",Ks=e=>e>0?`\x1B[${e}B`:"",xu=e=>e>0?`\x1B[${e}C`:"";var mn=()=>"\x1B[K",Wu=()=>"\x1B[2J\x1B[H";var Vu=()=>"\x1B[?2004h",Gu=()=>"\x1B[?2004l";var A_=class extends Error{constructor(){super("SIGINT"),this.name="SignalError",this.signal="SIGINT"}},Yu=Symbol("LineEditor.EOF"),Xu=class{constructor(e={}){this.EOF=Yu,this.pendingMode=null,this.completion=new $u,this.eventQueue=[],this.processing=!1,this.active=null,this.dataListener=null,this.wasRaw=!1,this.exitListener=null,this.stdin=e.stdin??process.stdin,this.stdout=e.stdout??process.stdout,this.bracketedPaste=e.bracketedPaste??!0,this.completer=e.completer,this.mode=e.mode??"emacs",this.state=Hu(e.history??[],this.mode==="vi"?"insert":"emacs"),this.decoder=new Bu({escTimeoutMs:e.escTimeoutMs??50,onTimeoutEvent:t=>{this.handleDecoderTimeout(t)}})}readLine(e){return this.active!==null?Promise.reject(new Error("LineEditor.readLine called re-entrantly")):(this.pendingMode!==null&&(this.mode=this.pendingMode,this.pendingMode=null),new Promise((t,n)=>{this.state.buffer=new yr,this.state.historyIndex=-1,this.state.liveSnapshot=null,this.mode==="vi"?(this.state.mode="insert",this.state.viPending=null):(this.state.mode="emacs",this.state.viPending=null,this.state.exBuffer=""),this.completion.reset(),this.active={prompt:e,resolve:t,reject:n,rowsDrawn:0,cursorRow:0,cursorCol:0,search:null,listingRowsDrawn:0};try{this.enterRaw()}catch(r){this.active=null,n(r);return}this.render(),this.eventQueue.length>0&&this.drainQueue()}))}redraw(){this.active!==null&&this.render(!0)}interject(e){if(this.active===null){this.stdout.write(e);return}let t=this.active;this.moveCursorToEnd(),this.stdout.write(`
`);let n=e.endsWith(`
`)?e.slice(0,-1):e;this.stdout.write(n),this.stdout.write(`
`),t.rowsDrawn=0,t.cursorRow=0,t.cursorCol=0,t.listingRowsDrawn=0,this.render(!0)}close(){this.exitRaw()}setMode(e){this.pendingMode=e}getMode(){return this.mode}pushHistory(e){e.length!==0&&this.state.history[this.state.history.length-1]!==e&&this.state.history.push(e)}setHistory(e){this.state.history=e.slice(),this.state.historyIndex=-1,this.state.liveSnapshot=null}enterRaw(){let e=this.stdin;Qu(e)&&(this.wasRaw=!!e.isRaw,e.setRawMode(!0)),e.resume(),this.decoder.reset(),this.bracketedPaste&&this.stdout.write(Vu()),this.dataListener=t=>{this.handleChunk(t)},e.on("data",this.dataListener),this.exitListener||(this.exitListener=()=>{this.exitRaw()},process.once("exit",this.exitListener),process.once("SIGTERM",this.exitListener))}exitRaw(){let e=this.stdin;if(this.dataListener!==null&&(e.off("data",this.dataListener),this.dataListener=null),Qu(e)&&!this.wasRaw)try{e.setRawMode(!1)}catch{}if(this.bracketedPaste)try{this.stdout.write(Gu())}catch{}this.exitListener!==null&&(process.off("exit",this.exitListener),process.off("SIGTERM",this.exitListener),this.exitListener=null)}handleChunk(e){if(this.active===null)return;let t=this.decoder.push(new Uint8Array(e));for(let n of t)this.eventQueue.push(n);this.drainQueue()}handleDecoderTimeout(e){this.active!==null&&(this.eventQueue.push(e),this.drainQueue())}async drainQueue(){if(!this.processing){this.processing=!0;try{for(;this.eventQueue.length>0&&this.active!==null;){let e=this.eventQueue.shift();if(e===void 0)break;await this.handleEvent(e)}}finally{this.processing=!1}}}async handleEvent(e){if(this.active===null)return;if(this.active.search!==null){await this.handleSearchKey(e);return}let t=Fu(this.state,e);await this.applyAction(t,e)}resetCompletion(){this.completion.reset(),this.active!==null&&(this.active.listingRowsDrawn=0)}async applyAction(e,t){if(this.active===null)return;let n=this.active;switch(e.kind){case"noop":return;case"redraw":this.resetCompletion(),this.render();return;case"bell":this.stdout.write("\x07");return;case"submit":{this.resetCompletion();let r=this.state.buffer.text;this.moveCursorToEnd(),this.stdout.write(`
`);let s=n.resolve;this.active=null,this.exitRaw(),s(r);return}case"cancel":{this.resetCompletion(),this.moveCursorToEnd(),this.stdout.write(`
`);let r=n.reject;this.active=null,this.exitRaw(),r(new A_);return}case"eof":{this.resetCompletion(),this.moveCursorToEnd(),this.stdout.write(`
`);let r=n.resolve;this.active=null,this.exitRaw(),r(Yu);return}case"complete":if(!this.completer){this.stdout.write("\x07");return}await this.runCompletion();return;case"clear-screen":this.resetCompletion(),this.stdout.write(Wu()),n.rowsDrawn=0,n.cursorRow=0,n.cursorCol=0,this.render(!0);return;case"search-start":this.resetCompletion(),n.search={pattern:"",matchIndex:null,savedBuffer:this.state.buffer.text},this.render();return;case"paste-start":case"paste-end":return;case"ex-update":this.resetCompletion(),this.render();return}}async runCompletion(){if(this.completer===void 0||this.active===null)return;let e=await this.completion.apply(this.state.buffer,this.completer);if(this.active!==null)switch(e.kind){case"bell":this.stdout.write("\x07");return;case"inserted":this.render();return;case"cycled":{let t=this.completion.getCandidates(),n=this.completion.getCycleIndex();if(t.length>0){let r=this.termWidth(),s=js(t,r,n),o=s.split(`
`).length;this.active.listingRowsDrawn>0?this.rewriteListingInPlace(s,o):this.emitListingBelow(s,o)}else this.render();return}case"list":{let t=this.termWidth(),n=js(e.candidates,t),r=n.split(`
`).length;this.emitListingBelow(n,r);return}}}emitListingBelow(e,t){this.active!==null&&(this.moveCursorToEnd(),this.stdout.write(`
`),this.stdout.write(e+`
`),this.active.rowsDrawn=0,this.active.cursorRow=0,this.active.cursorCol=0,this.active.listingRowsDrawn=t,this.render(!0))}rewriteListingInPlace(e,t){if(this.active===null)return;let n=this.active,r=n.listingRowsDrawn;this.stdout.write("\r"),n.cursorRow>0&&this.stdout.write(yt(n.cursorRow)),this.stdout.write(yt(r));let s=e.split(`
`);for(let o=0;o<s.length;o++)this.stdout.write(mn()),this.stdout.write(s[o]),o<s.length-1&&this.stdout.write(`
\r`);if(t<r){let o=r-t;for(let i=0;i<o;i++)this.stdout.write(`
\r`+mn());this.stdout.write(yt(o))}this.stdout.write(`
\r`),n.rowsDrawn=0,n.cursorRow=0,n.cursorCol=0,n.listingRowsDrawn=t,this.render(!0)}async handleSearchKey(e){if(this.active?.search==null)return;let t=this.active.search;if(e.key==="char"&&e.ctrl&&e.char==="g"||e.key==="escape"){this.state.buffer.setText(t.savedBuffer),this.active.search=null,this.render();return}if(e.key==="enter"){this.active.search=null,await this.applyAction({kind:"submit"},e);return}if(e.key==="char"&&e.ctrl&&e.char==="c"){await this.applyAction({kind:"cancel"},e);return}if(e.key==="char"&&e.ctrl&&e.char==="r"){this.searchStep(-1);return}if(e.key==="backspace"){t.pattern=t.pattern.slice(0,-1),t.matchIndex=null,this.searchStep(0);return}if(e.key==="char"&&!e.ctrl&&!e.meta&&e.char!==void 0){t.pattern+=e.char,t.matchIndex=null,this.searchStep(0);return}this.active.search=null,await this.handleEvent(e)}searchStep(e){if(this.active?.search==null)return;let t=this.active.search,n=this.state.history,r=t.matchIndex===null?n.length-1:t.matchIndex+e;for(let s=r;s>=0&&s<n.length;s--)if(t.pattern===""||n[s].includes(t.pattern)){t.matchIndex=s,this.state.buffer.setText(n[s]),this.render();return}this.stdout.write("\x07"),this.render()}render(e=!1){if(this.active===null)return;let t=this.active;if(!e&&t.rowsDrawn>0){let g=t.cursorRow;this.stdout.write("\r"+(g>0?yt(g):""))}else this.stdout.write("\r");let n=Math.max(1,this.termWidth()),r=this.state.mode==="ex",s=r?":":t.search===null?t.prompt:`(reverse-i-search)\`${t.search.pattern}': `,o=r?this.state.exBuffer:this.state.buffer.text.replace(/\n/g,"⏎"),i=!r&&t.search!==null&&t.search.pattern.length>0?w_(o,t.search.pattern):o,a=I_(s),l=r?o:o.slice(0,this.codePointsBeforeCursor().length),c=i,{row:u,col:d}=Ku(a,l,n),{row:f}=Ku(a,L_(c),n),m=f+1;if(this.stdout.write(mn()),this.stdout.write(s),this.stdout.write(c),t.rowsDrawn>m){let g=t.rowsDrawn-m;for(let h=0;h<g;h++)this.stdout.write(`
`+mn());this.stdout.write(yt(g))}let p=u-f;p<0&&this.stdout.write(yt(-p)),p>0&&this.stdout.write(Ks(p)),this.stdout.write("\r"),d>0&&this.stdout.write(xu(d)),t.rowsDrawn=m,t.cursorRow=u,t.cursorCol=d}moveCursorToEnd(){if(this.active===null)return;let e=this.active,t=e.rowsDrawn-1-e.cursorRow;t>0&&this.stdout.write(Ks(t)),this.stdout.write("\r"),e.cursorRow=e.rowsDrawn-1,e.cursorCol=0}codePointsBeforeCursor(){return{length:this.state.buffer.cursor}}termWidth(){let e=this.stdout;return typeof e.columns=="number"&&e.columns>0?e.columns:80}},Qu=e=>typeof e.setRawMode=="function",N_="\x1B[7m",y_="\x1B[27m",w_=(e,t)=>{if(t.length===0)return e;let n=e.toLowerCase(),r=t.toLowerCase(),s=n.indexOf(r);return s<0?e:e.slice(0,s)+N_+e.slice(s,s+t.length)+y_+e.slice(s+t.length)};var L_=e=>e.replace(/\x1b\[[0-9;]*m/g,""),O_=[[4352,4447],[9001,9002],[11904,12350],[12353,13311],[13312,19903],[19968,40959],[40960,42191],[44032,55203],[63744,64255],[65040,65049],[65072,65135],[65280,65376],[65504,65510],[127744,128591],[129280,129535],[131072,196605],[196608,262141]],b_=[[768,879],[1155,1161],[1425,1469],[1471,1471],[1473,1474],[1476,1477],[1479,1479],[1552,1562],[1611,1631],[1648,1648],[1750,1756],[1759,1764],[1767,1768],[1770,1773],[1809,1809],[1840,1866],[8203,8207],[8234,8238],[8288,8303],[8400,8432],[65024,65039],[65056,65071],[65279,65279],[917760,917999]],ju=(e,t)=>{let n=0,r=t.length-1;for(;n<=r;){let s=n+r>>1,o=t[s];if(e<o[0])r=s-1;else if(e>o[1])n=s+1;else return!0}return!1},zu=e=>e===0||e<32||e>=127&&e<160||ju(e,b_)?0:ju(e,O_)?2:1,I_=e=>{let t=0;for(let n of e)t+=zu(n.codePointAt(0)??0);return t},Ku=(e,t,n)=>{let r=0,s=e%n;s===0&&e>0,r+=Math.floor(e/n);for(let o of t){if(o===`
`){r+=1,s=0;continue}let i=zu(o.codePointAt(0)??0);s+i>n?(r+=1,s=i):s+=i}return{row:r,col:s}};T();var de=()=>({promptStatus:"ready",parenDepth:0,dollarTag:null,inLineComment:!1,inBlockComment:0,inSingleQuote:!1,inDoubleQuote:!1,inEscapeString:!1,beginDepth:0,identifierLetters:["","","",""],identifierCount:0});T();var C_=/[A-Za-z_\u0080-\uffff]/,v_=/[A-Za-z0-9_\u0080-\uffff]/,P_=e=>e!==void 0&&C_.test(e),ed=e=>e!==void 0&&v_.test(e),wr=e=>({promptStatus:e.promptStatus,parenDepth:e.parenDepth,dollarTag:e.dollarTag,inLineComment:e.inLineComment,inBlockComment:e.inBlockComment,inSingleQuote:e.inSingleQuote,inDoubleQuote:e.inDoubleQuote,inEscapeString:e.inEscapeString,beginDepth:e.beginDepth,identifierLetters:[e.identifierLetters[0],e.identifierLetters[1],e.identifierLetters[2],e.identifierLetters[3]],identifierCount:e.identifierCount}),D_=new Set(["c","f","p","o","r"]),k_=e=>e[0]!=="c"?!1:e[1]==="f"||e[1]==="p"||e[1]==="o"&&e[2]==="r"&&(e[3]==="f"||e[3]==="p"),M_=(e,t)=>{if(t.length===0||e.parenDepth!==0)return;let n=t.toLowerCase();e.identifierCount===0&&(e.identifierLetters=["","","",""]),e.identifierCount<e.identifierLetters.length&&D_.has(n[0])&&(e.identifierLetters[e.identifierCount]=n[0]),e.identifierCount++,k_(e.identifierLetters)&&(n==="begin"?e.beginDepth++:n==="case"?e.beginDepth>=1&&e.beginDepth++:n==="end"&&e.beginDepth>0&&e.beginDepth--)},Ju=(e,t)=>{if(e[t]!=="$")return null;if(e[t+1]==="$")return{tag:"",end:t+2};if(!P_(e[t+1]))return null;let n=t+2;for(;n<e.length&&ed(e[n]);)n++;return e[n]!=="$"?null:{tag:e.slice(t+1,n),end:n+1}},Zu=(e,t)=>{if(t===0)return!1;let n=e[t-1];return!(n!=="E"&&n!=="e"||t>=2&&ed(e[t-2]))},$_=(e,t)=>{let n=e[t+1];if(n===void 0)return 1;if(n>="0"&&n<="7"){let r=t+2,s=1;for(;r<e.length&&s<3&&e[r]>="0"&&e[r]<="7";)r++,s++;return r-t}if(n==="x"){let r=t+2,s=0;for(;r<e.length&&s<2&&/[0-9a-fA-F]/.test(e[r]);)r++,s++;return r-t}if(n==="u"){let r=t+2,s=0;for(;r<e.length&&s<4&&/[0-9a-fA-F]/.test(e[r]);)r++,s++;return r-t}if(n==="U"){let r=t+2,s=0;for(;r<e.length&&s<8&&/[0-9a-fA-F]/.test(e[r]);)r++,s++;return r-t}return 2},U_=(e,t)=>{let n=t,r=!1;for(;n<e.length;){let s=e[n];if(s===`
`||s==="\r"){r=!0,n++;continue}if(s===" "||s==="	"||s==="\f"||s==="\v"){n++;continue}break}return!r||e[n]!=="'"?null:n},H_=(e,t)=>{let n=t+2;for(;n<e.length&&e[n]!==`
`&&e[n]!=="\r";)n++;return n},F_=e=>e.inBlockComment>0?"comment":e.inSingleQuote?"continue-quote":e.inDoubleQuote?"continue-dquote":e.dollarTag!==null?"continue-dollar":e.parenDepth>0?"paren":"continue",Lr=(e,t,n,r,s)=>{let o=s?.singleline??!1,i=wr(t??de()),a="",l=0,c=(u,d)=>{a+=e.slice(u,d),l=d};for(;l<e.length;){let u=e[l];if(i.inBlockComment>0){if(u==="/"&&e[l+1]==="*"){i.inBlockComment++,a+="/*",l+=2;continue}if(u==="*"&&e[l+1]==="/"){i.inBlockComment--,a+="*/",l+=2;continue}a+=u,l++;continue}if(i.inSingleQuote){if(i.inEscapeString&&u==="\\"){let d=$_(e,l);c(l,l+d);continue}if(u==="'"){if(e[l+1]==="'"){a+="''",l+=2;continue}a+="'",l++;let d=U_(e,l);if(d!==null){a+=e.slice(l,d+1),l=d+1,i.inEscapeString=Zu(e,d);continue}i.inSingleQuote=!1,i.inEscapeString=!1;continue}a+=u,l++;continue}if(i.inDoubleQuote){if(u==='"'){if(e[l+1]==='"'){a+='""',l+=2;continue}a+='"',l++,i.inDoubleQuote=!1;continue}a+=u,l++;continue}if(i.dollarTag!==null){if(u==="$"){let d=Ju(e,l);if(d!==null&&d.tag===i.dollarTag){a+=e.slice(l,d.end),l=d.end,i.dollarTag=null;continue}a+="$",l++;continue}a+=u,l++;continue}if(o&&(u===`
`||u==="\r")&&i.beginDepth===0&&a.trim().length>0)return a+=u,l++,{kind:"semicolon",sql:a,consumed:l,nextState:de()};if(u==="/"&&e[l+1]==="*"){i.inBlockComment=1,a+="/*",l+=2;continue}if(u==="-"&&e[l+1]==="-"){let d=H_(e,l);a+=e.slice(l,d),l=d;continue}if(u==='"'){a+='"',l++,i.inDoubleQuote=!0;continue}if(u==="'"){a+="'",l++,i.inSingleQuote=!0,i.inEscapeString=Zu(e,l-1);continue}if(u==="$"){let d=Ju(e,l);if(d!==null){a+=e.slice(l,d.end),l=d.end,i.dollarTag=d.tag;continue}a+="$",l++;continue}if(u==="("){a+="(",l++,i.parenDepth++;continue}if(u===")"){a+=")",l++,i.parenDepth>0&&i.parenDepth--;continue}if(u===";"&&i.parenDepth===0&&i.beginDepth===0){a+=";",l++;let d=de();return{kind:"semicolon",sql:a,consumed:l,nextState:d}}if(u==="\\"){let d=e[l+1];if(d===";"||d===":"){a+=d,l+=2;continue}l++;let f=l,m=e[l];if(m!==void 0&&/[A-Za-z]/.test(m))for(;f<e.length&&/[A-Za-z0-9_+]/.test(e[f]);)f++;else m!==void 0&&/[?!|]/.test(m)?f=l+1:f=l;let p=e.slice(l,f),g=r?.(p),h=g==="whole-line";if(g==="filepipe"){let N=f;for(;N<e.length&&(e[N]===" "||e[N]==="	");)N++;e[N]==="|"&&(h=!0)}let E=f,S=!1,_=!1,b=!1,O=!1;for(;E<e.length&&e[E]!==`
`&&e[E]!=="\r";){let N=e[E];if(h){E++;continue}if(S){if(N==="\\"&&e[E+1]!==void 0){E+=2;continue}N==="'"&&(S=!1)}else if(_)N==='"'&&(_=!1);else if(b)N==="`"&&(b=!1);else{if(N==="\\"){e[E+1]==="\\"&&(O=!0);break}N==="'"?S=!0:N==='"'?_=!0:N==="`"&&(b=!0)}E++}let L=e.slice(f,E),w=O?E+2:E;return{kind:"backslash",cmd:p,rest:L,sql:a,consumed:w,nextState:wr(i)}}if(u===":"&&e[l+1]===":"){a+="::",l+=2;continue}if(u===":"){let d=Ni(e,l,n);if(d!==null){a+=d.text,l=d.end;continue}}if(/[A-Za-z_]/.test(u)){let d=l+1;for(;d<e.length&&/[A-Za-z0-9_]/.test(e[d]);)d++;let f=e.slice(l,d);M_(i,f),a+=f,l=d;continue}a+=u,l++}if(i.inBlockComment>0||i.inSingleQuote||i.inDoubleQuote||i.dollarTag!==null||i.parenDepth>0){let u=F_(i);return i.promptStatus=u,{kind:"incomplete",sql:a,consumed:l,nextState:wr(i),promptStatus:u}}return{kind:"eof",sql:a,consumed:l,nextState:wr(i)}};T();import{execSync as q_}from"node:child_process";var B_={current:e=>q_(e,{shell:"/bin/sh",encoding:"utf8",stdio:["ignore","pipe","inherit"],maxBuffer:65536})},x_=e=>{if(e.length===0)return"";try{let t=B_.current(e);return t.endsWith(`
`)?t.slice(0,-1):t}catch(t){let n=t instanceof Error?t.message:String(t);return process.stderr.write(`psql: error: \\!: ${e}: ${n}
`),""}},rd=(e,t)=>{let n=e==="PROMPT1"?t.settings.prompt1:e==="PROMPT2"?t.settings.prompt2:t.settings.prompt3,r=e==="PROMPT1",s=W_(n,t);return r&&(t.lastPrompt1Width=Q_(s)),s},W_=(e,t)=>{let n="",r=0;for(;r<e.length;){let s=e[r];if(s!=="%"){n+=s,r+=1;continue}if(r+=1,r>=e.length)break;let o=e[r],{text:i,consumed:a}=V_(o,e,r,t);n+=i,r+=a}return n},V_=(e,t,n,r)=>{let{settings:s}=r,o=s.db;switch(e){case"%":return{text:"%",consumed:1};case"/":return{text:o?td(r):"",consumed:1};case"~":{if(!o)return{text:"",consumed:1};let i=td(r),a=nd(r),l=process.env.PGDATABASE;return i===a||l!==void 0&&l===i?{text:"~",consumed:1}:{text:i,consumed:1}}case"M":case"m":return{text:o?j_(r,e==="m"):"",consumed:1};case">":return{text:o?K_(r):"",consumed:1};case"n":return{text:o?nd(r):"",consumed:1};case"p":{if(!o)return{text:"",consumed:1};let i=X_(r);return{text:i!==null?String(i):"",consumed:1}}case"P":{if(!o)return{text:"",consumed:1};let i=r.pipelineState??"off";return{text:i==="on"?"on":i==="aborted"?"abort":"off",consumed:1}}case"i":{if(!o)return{text:"",consumed:1};let i=Or(r,"in_hot_standby");return i===void 0?{text:"?",consumed:1}:{text:i==="on"?"standby":"primary",consumed:1}}case"s":return{text:s.vars.get("SERVICE")??"",consumed:1};case"S":return o?{text:Or(r,"search_path")??"?",consumed:1}:{text:"?",consumed:1};case"l":return{text:String(r.lineNumber),consumed:1};case"w":{let i=Math.max(0,r.lastPrompt1Width??0);return{text:o?" ".repeat(i):"",consumed:1}}case"a":return{text:"\x07",consumed:1};case"R":return{text:G_(r),consumed:1};case"x":{if(!o)return{text:"?",consumed:1};let i=r.inTransaction??"idle";return i==="in-block"?{text:"*",consumed:1}:i==="failed"?{text:"!",consumed:1}:i==="unknown"?{text:"?",consumed:1}:{text:"",consumed:1}}case"#":return{text:s.vars.get("IS_SUPERUSER")==="on"?"#":">",consumed:1};case"?":return{text:"",consumed:1};case"[":case"]":return{text:"",consumed:1};case"`":{let i=t.indexOf("`",n+1);if(i===-1)return{text:"",consumed:t.length-n};let a=t.slice(n+1,i);return{text:x_(a),consumed:i-n+1}}case":":{let i=t.indexOf(":",n+1);if(i===-1)return{text:"",consumed:t.length-n};let a=t.slice(n+1,i);return{text:s.vars.get(a)??"",consumed:i-n+1}}case"0":case"1":case"2":case"3":case"4":case"5":case"6":case"7":{let i=1,a=e;for(;i<3&&n+i<t.length;){let c=t[n+i];if(c>="0"&&c<="7")a+=c,i+=1;else break}let l=parseInt(a,8);return{text:String.fromCharCode(l),consumed:i}}default:return{text:e,consumed:1}}},G_=e=>{let{promptStatus:t,cond:n,settings:r}=e;switch(t){case"ready":return Y_(n)?r.db?r.singleline?"^":"=":"!":"@";case"continue":return"-";case"continue-quote":return"'";case"continue-dquote":return'"';case"continue-dollar":return"$";case"comment":return"*";case"paren":return"(";case"copy":return"";default:return""}},Y_=e=>{let t=e.top();return t?!["false","else-false","ignored"].includes(t.state):!0},Q_=e=>{let t=e.replace(/\x1b\[[0-9;]*[A-Za-z]/g,""),n=t.lastIndexOf(`
`);return(n===-1?t:t.slice(n+1)).length},td=e=>{let t=e.settings.db;if(!t)return"";let n=t;return typeof n.database=="string"&&n.database.length>0?n.database:Or(e,"database")??""},nd=e=>{let t=e.settings.db;if(!t)return"";let n=t;return typeof n.user=="string"&&n.user.length>0?n.user:Or(e,"session_authorization")??""},j_=(e,t)=>{let n=e.settings.db;if(!n)return"";let r=n,s=typeof r.host=="string"?r.host:"";if(s.length===0||s.startsWith("/"))return s.length===0||t?"[local]":`[local:${s}]`;if(t){let o=s.indexOf(".");return o===-1?s:s.slice(0,o)}return s},K_=e=>{let t=e.settings.db;if(!t)return"";let n=t;return typeof n.port=="number"&&Number.isFinite(n.port)?String(n.port):typeof n.port=="string"&&n.port.length>0?n.port:""},X_=e=>{let t=e.settings.db;if(!t)return null;let n=t;return typeof n.pid=="number"&&Number.isFinite(n.pid)?n.pid:null},Or=(e,t)=>{let n=e.settings.db;if(n)try{return n.parameterStatus(t)}catch{return}};import*as id from"node:readline";var z_=new Map([["if",So],["elif",To],["else",_o],["endif",Ro]]),sd=(e,t)=>{let n=id.createInterface({input:e,crlfDelay:1/0,terminal:!1}),r=[],s=null,o=!1;return n.on("line",i=>{if(s){let a=s;s=null,a(i)}else r.push(i)}),n.on("close",()=>{if(o=!0,s){let i=s;s=null,i(null)}}),{readLine:()=>r.length>0?Promise.resolve(r.shift()):o?Promise.resolve(null):new Promise(i=>{s=i}),pushHistory:()=>{},interject:i=>{t.write(i)},close:()=>(n.close(),Promise.resolve())}},ad=e=>{let t=e.toLowerCase().trim();return t===""||t==="on"||t==="true"||t==="yes"||t==="1"?!0:t==="off"||t==="false"||t==="no"||t==="0"?!1:null},J_=e=>e===void 0?"emacs":ad(e)===!0?"vi":"emacs",Z_=async(e,t={})=>{let n=process.env,r=na(n),s=ra(n),o=e.settings.vars.get("HISTCONTROL")??e.settings.histControl,i=[];try{i=await zn(r)}catch{i=[]}let a=J_(e.settings.vars.get("VI_MODE")),l=new Xu({stdin:e.stdin,stdout:e.stdout,history:i,completer:Du({settings:e.settings,getQueryBuf:t.getQueryBuf}),mode:a});return e.settings.vars.addHook("VI_MODE",c=>{if(c===null)return l.setMode("emacs"),!0;let u=ad(c);return u===null?(e.stderr.write(`\\set: VI_MODE: invalid value "${c}"; valid values: on, off
`),!1):(l.setMode(u?"vi":"emacs"),!0)}),{readLine:async c=>{let u=await l.readLine(c);return u===l.EOF?null:u},pushHistory:c=>{let u=c.replace(/\n+$/,"");u.length!==0&&(l.pushHistory(u),ea(r,u,o).catch(()=>{}))},interject:c=>{l.interject(c)},close:async()=>{try{l.close()}catch{}try{await ta(r,s)}catch{}}}},eR=e=>{let t=e.trim();if(t.length===0)return!1;let n=t.replace(/;+\s*$/u,"").trimEnd();return n==="exit"||n==="quit"},tR=e=>{let t=e.trim();return t.length===0?!1:t.replace(/;+\s*$/u,"").trimEnd()==="help"},nR=`You are using psql-ts, the embedded TypeScript psql in neon.
Type:  \\copyright for distribution terms
       \\h for help with SQL commands
       \\? for help with psql commands
       \\g or terminate with semicolon to execute query
       \\q to quit
`,rR=async(e,t={})=>{let n=process.env.NEONCTL_PSQL_DEBUG==="1";if(e.settings.notty)return n&&e.stderr.write(`[psql-debug] notty=true; using stream reader (no line editor / no Tab completion)
`),sd(e.stdin,e.stdout);try{let r=await Z_(e,t);return n&&e.stderr.write(`[psql-debug] LineEditor engaged (raw mode, Tab completion active)
`),r}catch(r){return n&&e.stderr.write(`[psql-debug] LineEditor setup failed, falling back to stream reader: ${r.message}
`),sd(e.stdin,e.stdout)}},sR=e=>{let t=e.settings.db;if(!t)return"idle";switch(t.txStatus){case"I":case"idle":return"idle";case"T":case"in-block":return"in-block";case"E":case"failed":return"failed";case"unknown":return"unknown";default:return"idle"}},ld=(e,t,n,r)=>{let s=l=>e.settings.vars.get(l),o=new Map,i=l=>{let c=o.get(l);if(c)return c;let u=at(n,l,s);return o.set(l,u),u},a=new Map;return{settings:e.settings,cmdName:t,queryBuf:r,rawArgs:n,nextArg(l="normal"){let c=i(l),u=a.get(l)??0;return u>=c.length?null:(a.set(l,u+1),c[u])},restOfLine(){return n}}},br=(e,t)=>{e.stderr.write(`psql: ERROR:  ${t}
`)},oR=(e,t,n)=>({settings:e.settings,cond:e.cond,promptStatus:t,lineNumber:n,inTransaction:sR(e),pipelineState:"off"}),iR=async(e,t,n,r)=>{let s=z_.get(t);if(!s)return{handled:!1};let o=ld(e,t,n,r);xt(o,e.cond);let i=await s.run(o);return i.status==="error"&&!i.errorWritten&&e.settings.lastErrorResult?.message&&br(e,e.settings.lastErrorResult.message),{handled:!0,result:i}},aR=async(e,t,n,r)=>{let s=e.registry.lookup(t);if(!s)return br(e,`invalid command \\${t}`),{status:"error",errorWritten:!0};let o=ld(e,t,n,r);xt(o,e.cond);let i=await s.run(o);return i.status==="error"&&!i.errorWritten&&e.settings.lastErrorResult?.message&&br(e,e.settings.lastErrorResult.message),i},Xs=e=>{let t=e.settings.db;if(!t)return;let n=t.parameterStatus("client_encoding");n!==void 0&&e.settings.vars.get("ENCODING")!==n&&e.settings.vars.set("ENCODING",n)},od=async(e,t)=>{let n=Jt(e.settings),r=Ae(e.settings);if(r&&e.settings.db){let o=t.trimStart();if(/^COPY\b/i.test(o)&&/\b(FROM\s+STDIN|TO\s+STDOUT)\b/i.test(o)){e.stderr.write(`psql: error: COPY in a pipeline is not supported, aborting connection
`);try{let i=e.settings.db;typeof i.abortForCopyInPipeline=="function"?i.abortForCopyInPipeline():typeof i.close=="function"&&await i.close()}catch{}return!1}try{await r.session.parse("",t,[]),await r.session.bind("",n?.values??[]);let i=(async()=>{await r.session.execute("",0)})();return r.pending.push(i),Ue(e.settings,{kind:"success",rowCount:null}),!0}catch(i){let a=tn(e.settings,i,t);return Et(e,a),Ue(e.settings,{kind:"error"}),!1}}if(n&&e.settings.db){let o=e.settings.timing?Date.now():0,i=null,a=!1;try{let l=await e.settings.db.query(t,n.values);return i=(await Va(e,l,en(e))).lastRowCount,!0}catch(l){let c=tn(e.settings,l,t);return Et(e,c),a=!0,!1}finally{Xs(e),Ue(e.settings,a?{kind:"error"}:{kind:"success",rowCount:i}),e.settings.timing&&e.stdout.write(`
`+vt(Date.now()-o)+`
`)}}let s=await nn(e,t);return Xs(e),!s.hadError},lR=(e,t,n)=>t.length>0?`Asynchronous notification "${e}" with payload "${t}" received from server process with PID ${String(n)}.
`:`Asynchronous notification "${e}" received from server process with PID ${String(n)}.
`,cR=(e,t)=>{let n=e.settings.db;return n?n.onNotification((r,s,o)=>{t.interject(lR(r,s,o))}):null},uR=(e,t,n)=>{let r=e.severity||"NOTICE",s=e.message||"",o=[];if(t==="verbose"||t==="sqlstate"){let i=e.code??"XX000";o.push(`${r}:  ${i}: ${s}`)}else o.push(`${r}:  ${s}`);if(t==="terse"||t==="sqlstate")return o.join(`
`)+`
`;if(e.detail&&o.push(`DETAIL:  ${e.detail}`),e.hint&&o.push(`HINT:  ${e.hint}`),(t==="verbose"||n==="always"||n==="errors"&&(r==="ERROR"||r==="FATAL"||r==="PANIC"))&&e.where&&o.push(`CONTEXT:  ${e.where}`),t==="verbose"&&(e.routine||e.file)){let i=(e.routine??"")+(e.file?`, ${e.file}:${e.line??""}`:"");o.push(`LOCATION:  ${i}`)}return o.join(`
`)+`
`},dR=(e,t)=>{let n=e.settings.db;return n?n.onNotice(r=>{if(e.settings.sendMode==="extended-pipeline")return;let s=uR(r,e.settings.verbosity,e.settings.showContext),o=t.interjectErr;o?o.call(t,s):e.stderr.write(s)}):null},fR=(e,t)=>{let n=()=>{if(t.inQuery&&e.settings.db){e.settings.db.cancel().catch(()=>{});return}t.resetBuf()};return process.on("SIGINT",n),()=>process.off("SIGINT",n)},cd=async e=>{let t="",n=await rR(e,{getQueryBuf:()=>t}),r=de(),s=1,o=0,i=!1,a=[],l=()=>{t="",r=de(),s=1},c=()=>e.settings.db?.isClosed()?(e.stderr.write(`psql: error: connection to server was lost
`),o=2,i=!0,!0):!1,u={inQuery:!1,resetBuf:l},d=fR(e,u);Xs(e);let f=cR(e,n),m=dR(e,n),p=L=>{if(e.settings.notty)return"";let w=t.trim().length===0||L==="ready"?"PROMPT1":L==="copy"?"PROMPT3":"PROMPT2",N=oR(e,L,s);return rd(w,N)},g=L=>e.settings.vars.get(L),h=L=>{let w=e.registry.lookup(L);if(w){if(w.argMode==="whole-line")return"whole-line";if(L==="w"||L==="o")return"filepipe"}},E=L=>L.replace(/\/\*[\s\S]*?\*\//g,"").replace(/--[^\n]*/g,""),S=L=>{let w=E(L),N=/\bCOPY\b[\s\S]*?\bFROM\s+STDIN\b/giu,C=0;for(;N.exec(w)!==null;)C+=1;return C},_=L=>/\bCOPY\b[\s\S]*?\bTO\s+STDOUT\b/iu.test(E(L)),b=async()=>{let L=[];for(;;){let N=await n.readLine("");if(N===null||N.replace(/\s+$/,"")==="\\.")break;L.push(N)}let w=L.length===0?"":L.join(`
`)+`
`;return Buffer.from(w,"utf8")},O=async L=>{let w=L;for(;w.length>0;){let N=Lr(w,r,g,h,{singleline:e.settings.singleline});if(r=N.nextState,N.kind==="semicolon"){let C=t+N.sql;if(t="",w=w.slice(N.consumed),r=de(),s=1,!e.cond.isActive())continue;let v=e.settings.db?S(C):0,y=e.settings.db!==void 0&&_(C);if(v>0&&e.settings.db){let G=e.settings.db;if(typeof G.queueCopyInData=="function"){G.clearCopyInDataQueue?.();for(let X=0;X<v;X+=1){let re=await b();G.queueCopyInData(re)}}}if(y&&e.settings.db){let G=e.settings.db,X=en(e);G.copyOutMidBatchSink=re=>{X.write(re)}}u.inQuery=!0;let B=await od(e,C);if(u.inQuery=!1,v>0&&e.settings.db&&e.settings.db.clearCopyInDataQueue?.(),y&&e.settings.db){let G=e.settings.db;G.copyOutMidBatchSink=null}if(c())return;if(!B&&e.settings.onErrorStop){o=3,i=!0;return}continue}if(N.kind==="backslash"){let C=N.sql.length===0&&t.length===0;t+=N.sql,w=w.slice(N.consumed);let v=N.cmd;if(wn.has(v)){let B={...r},G=await iR(e,v,N.rest,t);if(G.handled&&G.result?.status==="exit"){i=!0;return}if(G.handled&&G.result?.truncateBufTo!==void 0){let X=G.result.truncateBufTo;X<t.length&&(t=t.slice(0,X));let re=a[a.length-1];re!==void 0&&(r={...re})}if(v==="if"?a.push(B):v==="elif"||v==="else"?a.length>0&&G.result?.status==="ok"&&(a[a.length-1]={...r}):v==="endif"&&G.result?.status==="ok"&&a.pop(),G.handled&&G.result?.status==="error"&&e.settings.onErrorStop){o=3,i=!0;return}continue}if(!e.cond.isActive()){e.registry.lookup(v)===void 0&&e.stderr.write(`invalid command \\${v}
`);continue}let y=await aR(e,v,N.rest,t);if(y?.status==="exit"){i=!0;return}if(y?.status==="reset-buf"&&(t=y.newBuf??"",r=de(),s=1,w.startsWith(`\r
`)?w=w.slice(2):(w.startsWith(`
`)||w.startsWith("\r"))&&(w=w.slice(1))),y?.status!=="reset-buf"&&C&&(w.startsWith(`\r
`)?w=w.slice(2):(w.startsWith(`
`)||w.startsWith("\r"))&&(w=w.slice(1))),y?.status==="error")if(t="",r=de(),s=1,w.startsWith(`\r
`))w=w.slice(2);else if(w.startsWith(`
`)||w.startsWith("\r"))w=w.slice(1);else{let B=w.indexOf(`
`);w=B===-1?"":w.slice(B+1)}if(c())return;if(y?.status==="error"&&e.settings.onErrorStop){o=3,i=!0;return}continue}t+=N.sql,w="";return}};try{for(;!i;){let L=p(t.trim().length===0?"ready":r.promptStatus==="ready"?"continue":r.promptStatus),w=ru();if(w!==null){await O(w.endsWith(`
`)?w:w+`
`);continue}let N;try{N=await n.readLine(L)}catch(v){if(v.name==="SignalError"){l();continue}throw v}if(N===null)break;let C=r.inBlockComment>0||r.inSingleQuote||r.inDoubleQuote||r.dollarTag!==null;if(!(N.length===0&&!C)){if(e.settings.echo==="all"&&e.stdout.write(N+`
`),!e.settings.notty&&eR(N)){if(t.trim().length===0){n.pushHistory(N),i=!0;break}e.stdout.write(`Use \\q to quit.
`);continue}if(!e.settings.notty&&tR(N)){t.trim().length===0?(n.pushHistory(N),e.stdout.write(nR)):e.stdout.write(`Use \\? for help.
`);continue}n.pushHistory(N),await O(N+`
`)}}if(!i&&t.trim().length>0&&e.settings.notty&&o===0){if(e.cond.isActive()){u.inQuery=!0;let L=await od(e,t);u.inQuery=!1,e.settings.db?.isClosed()?(e.stderr.write(`psql: error: connection to server was lost
`),o=2):!L&&e.settings.onErrorStop&&(o=3)}t=""}!i&&e.cond.depth()>0&&(br(e,"reached EOF without finding closing \\endif(s)"),e.settings.onErrorStop&&e.settings.notty&&(o=3))}finally{await n.close(),d(),f&&f(),m&&m()}return o};T();var ud="%/%R%x%# ",dd="%/%R%x%# ";var pR="default",mR="errors",gR="none";var fd="preserve-upper",hR="extended-query",ER="none";var SR=()=>({topt:{format:"aligned",expanded:"off",border:1,pager:"on",pagerMinLines:0,tuplesOnly:!1,startTable:!0,stopTable:!0,defaultFooter:!0,prior:0,encoding:"UTF8",envColumns:0,columns:0,unicodeBorderLineStyle:"ascii",unicodeColumnLineStyle:"ascii",unicodeHeaderLineStyle:"ascii",unicodeBorderStyle:"single",unicodeColumnStyle:"single",unicodeHeaderStyle:"single",fieldSep:"|",recordSep:`
`,numericLocale:!1,tableAttr:null,title:null,footers:null,translateHeader:!1,translateColumns:null,nullPrint:"",truePrint:"t",falsePrint:"f",csvFieldSep:",",xheaderWidth:"full"},nullPrint:"",title:null,footers:null,translateHeader:!1,translateColumns:null,nTranslateColumns:0}),md=e=>{let t={db:null,vars:e,popt:SR(),mainfile:null,inputfile:null,curCmdSource:"stdin",restrictedKey:null,prompt1:ud,prompt2:dd,prompt3:">> ",notty:!1,quiet:!1,singleline:!1,singlestep:!1,onErrorStop:!1,fetchCount:0,verbosity:pR,showContext:mR,echo:gR,echoHidden:"off",onErrorRollback:"off",compCase:fd,sendMode:hR,histControl:ER,hideCompression:!1,hideTableam:!1,logfile:null,timing:!1,lastErrorResult:null,lastQuery:""};return e.addHook("PROMPT1",n=>(t.prompt1=n??"",!0)),e.addHook("PROMPT2",n=>(t.prompt2=n??"",!0)),e.addHook("PROMPT3",n=>(t.prompt3=n??"",!0)),e.set("PROMPT1",ud),e.set("PROMPT2",dd),e.set("PROMPT3",">> "),e.set("LAST_ERROR_MESSAGE",""),e.set("LAST_ERROR_SQLSTATE","00000"),e.set("PIPELINE_SYNC_COUNT","0"),e.set("PIPELINE_COMMAND_COUNT","0"),e.set("PIPELINE_RESULT_COUNT","0"),e.set("SHOW_ALL_RESULTS","on"),e.set("ENCODING","UTF8"),e.addHook("WATCH_INTERVAL",n=>{if(n===null)return{substitute:"2"};if(n==="")return'invalid input syntax for variable "WATCH_INTERVAL"';let r=AR(n);return r!==null?r:!0}),e.addHook("ON_ERROR_STOP",Ze("ON_ERROR_STOP",n=>{t.onErrorStop=n})),e.addHook("AUTOCOMMIT",Ze("AUTOCOMMIT")),e.set("AUTOCOMMIT","on"),e.addHook("FETCH_COUNT",n=>{if(n===null)return t.fetchCount=0,{substitute:"0"};let r=pd(n);return r===null?`invalid value "${n}" for "FETCH_COUNT": integer expected`:(t.fetchCount=Math.max(0,r),!0)}),e.addHook("ON_ERROR_ROLLBACK",TR(n=>{t.onErrorRollback=n})),e.addHook("VERBOSITY",gn("VERBOSITY",["default","verbose","terse","sqlstate"],"default",n=>{t.verbosity=n})),e.addHook("SHOW_CONTEXT",gn("SHOW_CONTEXT",["never","errors","always"],"errors",n=>{t.showContext=n})),e.addHook("ECHO",gn("ECHO",["none","errors","queries","all"],"none",n=>{t.echo=n})),e.addHook("ECHO_HIDDEN",_R(n=>{t.echoHidden=n})),e.addHook("COMP_KEYWORD_CASE",gn("COMP_KEYWORD_CASE",["lower","upper","preserve-lower","preserve-upper"],fd,n=>{t.compCase=n})),e.addHook("HISTCONTROL",gn("HISTCONTROL",["none","ignorespace","ignoredups","ignoreboth"],"none",n=>{t.histControl=n})),e.addHook("SHOW_ALL_RESULTS",Ze("SHOW_ALL_RESULTS")),e.addHook("QUIET",Ze("QUIET",n=>{t.quiet=n})),e.addHook("SINGLELINE",Ze("SINGLELINE",n=>{t.singleline=n})),e.addHook("SINGLESTEP",Ze("SINGLESTEP",n=>{t.singlestep=n})),e.addHook("HIDE_TOAST_COMPRESSION",Ze("HIDE_TOAST_COMPRESSION",n=>{t.hideCompression=n})),e.addHook("HIDE_TABLEAM",Ze("HIDE_TABLEAM",n=>{t.hideTableam=n})),e.addHook("HISTSIZE",n=>n===null?{substitute:"500"}:pd(n)===null?`invalid value "${n}" for "HISTSIZE": integer expected`:!0),e.addHook("IGNOREEOF",n=>n===null?{substitute:"0"}:RR(n)===null?{substitute:"10"}:!0),t},Ze=(e,t)=>n=>{if(n===null)return t?.(!1),{substitute:"off"};if(n==="")return t?.(!0),{substitute:"on"};let r=gd(n);return r===null?`unrecognized value "${n}" for "${e}": Boolean expected`:(t?.(r),!0)},gn=(e,t,n,r)=>{let s=t.join(", ");return o=>{if(o===null)return r?.(n),{substitute:n};let i=o.toLowerCase(),a=t.find(l=>l.toLowerCase()===i);return a===void 0?`unrecognized value "${o}" for "${e}"
Available values are: ${s}.`:(r?.(a),!0)}},TR=e=>t=>{if(t===null)return e("off"),{substitute:"off"};if(t==="")return e("on"),{substitute:"on"};let n=t.toLowerCase();return n==="on"||n==="off"||n==="interactive"?(e(n),!0):`unrecognized value "${t}" for "ON_ERROR_ROLLBACK"
Available values are: on, off, interactive.`},_R=e=>t=>{if(t===null)return e("off"),{substitute:"off"};if(t==="")return e("on"),{substitute:"on"};if(t.toLowerCase()==="noexec")return e("noexec"),!0;let n=gd(t);return n===null?`unrecognized value "${t}" for "ECHO_HIDDEN"
Available values are: on, off, noexec.`:(e(n?"on":"off"),!0)},pd=e=>{let t=e.trim();if(t.length===0||!/^[+-]?\d+$/.test(t))return null;let n=parseInt(t,10);return!Number.isFinite(n)||n<-2147483648||n>2147483647?null:n},RR=e=>{let t=e.replace(/^\s+/,"");if(t.length===0)return null;let n=t,r=1;if(n.startsWith("+")?n=n.slice(1):n.startsWith("-")&&(r=-1,n=n.slice(1)),n.length===0)return null;let s=10;if(n.startsWith("0x")||n.startsWith("0X")?(s=16,n=n.slice(2)):n.length>1&&n.startsWith("0")&&(s=8,n=n.slice(1)),n.length===0||!(s===16?/^[0-9a-fA-F]+$/:s===8?/^[0-7]+$/:/^[0-9]+$/).test(n))return null;let o=r*parseInt(n,s);return!Number.isFinite(o)||o<-2147483648||o>2147483647?null:o},gd=e=>{let t=e.toLowerCase().trim();return t===""||t==="on"||t==="true"||t==="yes"||t==="1"?!0:t==="off"||t==="false"||t==="no"||t==="0"?!1:null},AR=e=>{if(!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(e))return`invalid value "${e}" for variable "WATCH_INTERVAL"`;let t=parseFloat(e);return Number.isNaN(t)?`invalid value "${e}" for variable "WATCH_INTERVAL"`:Number.isFinite(t)?t<0?`invalid value "${e}" for variable "WATCH_INTERVAL": must be greater than 0.00`:t>1e6?`invalid value "${e}" for variable "WATCH_INTERVAL": must be less than ${1e6.toFixed(2)}`:null:`invalid value "${e}" for variable "WATCH_INTERVAL": is out of range`},hd=(e,t=process.env)=>{let n=(s,o)=>{let i=t[s];i!==void 0&&i!==""&&e.vars.set(o,i)};n("PAGER","PAGER"),n("PSQL_PAGER","PAGER"),n("PSQL_WATCH_PAGER","PSQL_WATCH_PAGER"),n("EDITOR","EDITOR"),n("VISUAL","EDITOR"),n("PSQL_EDITOR","EDITOR"),n("PSQL_EDITOR_LINENUMBER_ARG","EDITOR_LINENUMBER_ARG"),n("PSQL_HISTORY","HISTFILE"),n("PSQL_HISTSIZE","HISTSIZE"),n("PSQL_HISTCONTROL","HISTCONTROL"),n("PSQLRC","PSQLRC"),t.NO_COLOR!==void 0&&t.NO_COLOR!==""&&e.vars.set("NO_COLOR",t.NO_COLOR);let r=t.COLUMNS;if(r!==void 0&&r!==""){let s=parseInt(r,10);Number.isFinite(s)&&s>=0&&(e.popt.topt.envColumns=s)}};T();import{promises as Ed}from"node:fs";import*as zs from"node:path";import*as Sd from"node:os";var Td=process.platform==="win32",NR=(e=process.env)=>{let t=e.PGPASSFILE;if(t!==void 0&&t.length>0)return t;if(Td){let r=e.APPDATA;if(r!==void 0&&r.length>0)return zs.join(r,"postgresql","pgpass.conf")}let n=e.HOME??Sd.homedir();return zs.join(n,".pgpass")},_d=e=>{let t="";for(let n=0;n<e.length;n++){if(e[n]==="\\"&&n+1<e.length){t+=e[n+1],n+=1;continue}t+=e[n]}return t},yR=e=>{let t=[],n="";for(let r=0;r<e.length;r++){let s=e[r];if(s==="\\"&&r+1<e.length){n+="\\"+e[r+1],r+=1;continue}if(s===":"){t.push(n),n="";continue}n+=s}return t.push(n),t.length!==5?null:{host:t[0],port:t[1],database:t[2],user:t[3],password:_d(t[4])}},Rd=async(e,t)=>{let n=t?.env??process.env,r=t?.stderr??process.stderr,s=e??NR(n),o;try{o=await Ed.stat(s)}catch(l){let c=l.code;return c==="ENOENT"||c==="ENOTDIR"?[]:[]}if(!o.isFile())return[];if(!Td&&(o.mode&63)!==0)return r.write(`WARNING: password file "${s}" has group or world access; permissions should be u=rw (0600) or less
`),[];let i;try{i=await Ed.readFile(s,"utf8")}catch{return[]}let a=[];for(let l of i.split(/\r?\n/)){let c=l.replace(/^\s+/,"");if(c.length===0||c.startsWith("#"))continue;let u=yR(c);u!==null&&a.push(u)}return a},Ir=(e,t)=>e==="*"||_d(e)===t,Ad=(e,t)=>{let n=String(t.port);for(let r of e)if(Ir(r.host,t.host)&&Ir(r.port,n)&&Ir(r.database,t.database)&&Ir(r.user,t.user))return r.password};T();var Nd=/^[A-Za-z_][A-Za-z0-9_]*$/,hn=(e,t)=>e.length>0&&e.length<=t.length&&t.slice(0,e.length).toLowerCase()===e.toLowerCase(),yd=e=>{if(e.length===0)return null;if(hn(e,"true"))return!0;if(hn(e,"false"))return!1;if(hn(e,"yes"))return!0;if(hn(e,"no"))return!1;if(e.length>=2){let n=e.toLowerCase();if("on".startsWith(n))return!0;if("off".startsWith(n))return!1}if(e==="1")return!0;if(e==="0")return!1;let t=wd(e);return t!==null?t!==0:null},wd=e=>{if(e.length===0)return null;let t=e.trim();if(t.length===0)return null;let n=t,r=1;if(n.startsWith("+")?n=n.slice(1):n.startsWith("-")&&(r=-1,n=n.slice(1)),n.length===0)return null;let s=10;if(n.startsWith("0x")||n.startsWith("0X")?(s=16,n=n.slice(2)):n.startsWith("0o")||n.startsWith("0O")?(s=8,n=n.slice(2)):n.length>1&&n.startsWith("0")&&(s=8,n=n.slice(1)),n.length===0||!(s===16?/^[0-9a-fA-F]+$/:s===8?/^[0-7]+$/:/^[0-9]+$/).test(n))return null;let o=r*parseInt(n,s);return!Number.isFinite(o)||o<-2147483648||o>2147483647?null:o},wR=class{constructor(){this.values=new Map,this.hooks=new Map}set(e,t){return this.trySet(e,t).ok}trySet(e,t){if(!Nd.test(e))return{ok:!1,reason:"invalid-name"};let n=this.hooks.get(e),r=t;if(n)for(let s of n){let o=s(r);if(o===!1)return{ok:!1,reason:"hook-veto"};if(typeof o=="string")return{ok:!1,reason:"hook-veto",error:o};typeof o=="object"&&o!==null&&(r=o.substitute)}return this.values.set(e,r),{ok:!0}}get(e){return this.values.get(e)}unset(e){let t=this.values.delete(e),n=this.hooks.get(e);if(n){let r=null;for(let s of n){let o=s(null);typeof o=="object"&&o!==null&&"substitute"in o&&(r=o.substitute)}if(r!==null){this.values.set(e,r);for(let s of n)s(r)}}return t}has(e){return this.values.has(e)}hasSubstituteHook(e){let t=this.hooks.get(e);return t!==void 0&&t.length>0}addHook(e,t){if(!Nd.test(e))return;let n=this.hooks.get(e);n?n.push(t):this.hooks.set(e,[t]);let r=t(this.values.get(e)??null);typeof r=="object"&&r!==null&&"substitute"in r&&(this.values.set(e,r.substitute),t(r.substitute))}entries(){return this.values.entries()}asBool(e,t=!1){let n=this.values.get(e);return n===void 0?t:yd(n)??t}asTriple(e,t){let n=this.values.get(e);if(n===void 0)return t;if(hn(n,"auto"))return"auto";let r=yd(n);return r===null?{error:`unrecognized value "${n}" for "${e}": Boolean expected`}:r?"on":"off"}asInt(e,t=0){let n=this.values.get(e);if(n===void 0)return t;let r=wd(n);return r===null?{error:`invalid value "${n}" for "${e}": integer expected`}:r}},Ld=()=>new wR;T();import{promises as LR}from"node:fs";import*as Cr from"node:path";import*as bd from"node:os";var Od=process.platform==="win32",OR=(e=process.env)=>{let t=[],n=e.PGSERVICEFILE;if(n!==void 0&&n.length>0&&t.push(n),Od){let s=e.APPDATA;s!==void 0&&s.length>0&&t.push(Cr.join(s,"postgresql",".pg_service.conf"))}else{let s=e.HOME??bd.homedir();s.length>0&&t.push(Cr.join(s,".pg_service.conf"))}let r=e.PGSYSCONFDIR;return r!==void 0&&r.length>0&&t.push(Cr.join(r,"pg_service.conf")),Od||t.push("/etc/pg_service.conf"),t},bR=e=>{let t=new Map,n;for(let r of e.split(/\r?\n/)){let s=r.trim();if(s.length===0||s.startsWith("#"))continue;if(s.startsWith("[")){let l=s.indexOf("]");if(l<0){n=void 0;continue}let c=s.slice(1,l).trim();if(c.length===0){n=void 0;continue}n={},t.set(c,n);continue}if(n===void 0)continue;let o=s.indexOf("=");if(o<0)continue;let i=s.slice(0,o).trim(),a=s.slice(o+1).trim();i.length!==0&&(n[i]=a)}return t},IR=async e=>{try{return await LR.readFile(e,"utf8")}catch(t){let n=t.code;return null}},Id=async(e,t=process.env)=>{let n=e??OR(t),r=t.PGSERVICEFILE,s=r!==void 0&&r.length>0?r:null;for(let o of n){let i=await IR(o);if(i===null){if(s!==null&&o===s)throw new Error(`service file "${o}" not found`);continue}return bR(i)}return new Map};T();import{promises as CR}from"node:fs";import*as Me from"node:path";var Js=process.platform==="win32",vr=Js?"psqlrc.conf":".psqlrc";var vR=e=>{if(!e||e<=0)return null;let t=Math.floor(e/1e4);return String(t)},PR=(e,t)=>{let n=[],r=vR(t),s=e.PGSYSCONFDIR;if(s&&s.length>0){let a=Js?"psqlrc.conf":"psqlrc";r&&n.push({path:Me.join(s,`${a}-${r}`),description:"system psqlrc (versioned)"}),n.push({path:Me.join(s,a),description:"system psqlrc"})}let o=e.PSQLRC;if(o!==void 0&&o!=="")return n.push({path:DR(o,e),description:"$PSQLRC"}),n;let i=e.HOME??"";if(Js){let a=e.APPDATA,l=a&&a.length>0?Me.join(a,"postgresql"):Me.join(e.USERPROFILE??"","postgresql");r&&n.push({path:Me.join(l,`${vr}-${r}`),description:"user psqlrc (versioned)"}),n.push({path:Me.join(l,vr),description:"user psqlrc"})}else i.length>0&&(r&&n.push({path:Me.join(i,`${vr}-${r}`),description:"user psqlrc (versioned)"}),n.push({path:Me.join(i,vr),description:"user psqlrc"}));return n},DR=(e,t)=>e.startsWith("~/")&&t.HOME?Me.join(t.HOME,e.slice(2)):e==="~"&&t.HOME?t.HOME:e,Cd=async e=>{try{return await CR.readFile(e,"utf8")}catch(t){let n=t.code;return null}},kR=(e,t,n,r)=>{let s=c=>e.settings.vars.get(c),o=new Map,i=new Map,a=c=>{let u=o.get(c);if(u)return u;let d=at(n,c,s);return o.set(c,d),d},l={settings:e.settings,cmdName:t,queryBuf:r,rawArgs:n,nextArg(c="normal"){let u=a(c),d=i.get(c)??0;return d>=u.length?null:(i.set(c,d+1),u[d])},restOfLine(){return n}};return xt(l,e.cond),l},En=async(e,t,n={})=>{let r=e,s="",o=de(),i=!1,a=!1,l=!1,c=n.print??!1,u=()=>t.settings.db?.isClosed()?(t.stderr.write(`psql: error: connection to server was lost
`),l=!0,!0):!1,d=f=>t.settings.vars.get(f);for(;r.length>0;){let f=Lr(r,o,d);if(o=f.nextState,f.kind==="semicolon"){let m=s+f.sql;if(s="",r=r.slice(f.consumed),o=de(),!t.cond.isActive()||m.trim().length===0||!t.settings.db)continue;if(c){let p=await nn(t,m);if(p.hadError&&(i=!0),u())return{hadError:i,stoppedOnError:a,connectionLost:l};if(p.hadError&&t.settings.onErrorStop)return a=!0,{hadError:i,stoppedOnError:a,connectionLost:l}}else try{await t.settings.db.execSimple(m)}catch(p){let g=p instanceof Error?p.message:String(p);if(t.stderr.write(`psql: ERROR:  ${g}
`),i=!0,u())return{hadError:i,stoppedOnError:a,connectionLost:l};if(t.settings.onErrorStop)return a=!0,{hadError:i,stoppedOnError:a,connectionLost:l}}continue}if(f.kind==="backslash"){s+=f.sql,r=r.slice(f.consumed);let m=f.cmd;if(wn.has(m)||!t.cond.isActive())continue;let p=kR(t,m,f.rest,s),g;try{g=await eu(t.registry,m,p)}catch(h){let E=h instanceof Error?h.message:String(h);if(t.stderr.write(`psql: ERROR:  ${E}
`),i=!0,t.settings.onErrorStop)return a=!0,{hadError:i,stoppedOnError:a,connectionLost:l};continue}if(g.status==="exit")return{hadError:i,stoppedOnError:a,connectionLost:l};if(g.status==="reset-buf"&&(s=g.newBuf??"",o=de()),g.status==="error"&&(s="",o=de()),g.status==="error"&&(i=!0),u())return{hadError:i,stoppedOnError:a,connectionLost:l};if(g.status==="error"&&t.settings.onErrorStop)return a=!0,{hadError:i,stoppedOnError:a,connectionLost:l};continue}s+=f.sql,r=""}if(s.trim().length>0&&t.settings.db&&t.cond.isActive())if(c)(await nn(t,s)).hadError&&(i=!0),u();else try{await t.settings.db.execSimple(s)}catch(f){let m=f instanceof Error?f.message:String(f);t.stderr.write(`psql: ERROR:  ${m}
`),i=!0,u()}return{hadError:i,stoppedOnError:a,connectionLost:l}},vd=async(e,t={})=>{if(t.skip)return;let n=t.env??process.env;if(t.path!==void 0){let i=await Cd(t.path);if(i===null)return;let a=e.settings.curCmdSource;e.settings.curCmdSource="rcfile";try{await En(i,e)}finally{e.settings.curCmdSource=a}return}let r=e.settings.db?.serverVersion,s=PR(n,r),o=!1;for(let i of s){let a=i.description.startsWith("system");if(a&&o)continue;let l=await Cd(i.path);if(l===null)continue;let c=e.settings.curCmdSource;e.settings.curCmdSource="rcfile";try{await En(l,e)}finally{e.settings.curCmdSource=c}if(a){o=!0;continue}return}};import{existsSync as Pd,promises as MR}from"node:fs";import*as to from"node:path";import*as Md from"node:os";var Zs=new Set(["c","d","f","F","h","L","o","p","P","R","T","U","v"]),$R=new Set(["a","A","b","C","e","E","H","l","n","q","s","S","t","V","w","W","x","X","z","0","1","?"]),UR={"echo-all":"a","no-align":"A",command:"c",dbname:"d","echo-queries":"e","echo-errors":"b","echo-hidden":"E",file:"f","field-separator":"F","field-separator-zero":"z",host:"h",html:"H",list:"l","log-file":"L","no-readline":"n","single-transaction":"1",output:"o",port:"p",pset:"P",quiet:"q","record-separator":"R","record-separator-zero":"0","single-step":"s","single-line":"S","tuples-only":"t","table-attr":"T",username:"U",set:"v",variable:"v",version:"V","no-password":"w",password:"W",expanded:"x","no-psqlrc":"X","no-pager":"__no_pager__","on-error-stop":"__on_error_stop__",help:"__help__",csv:"__csv__"},HR=new Set(["command","dbname","file","field-separator","host","log-file","output","port","pset","record-separator","table-attr","username","set","variable"]),FR=new Set(["help","echo-hidden"]),qR=()=>({actions:[],variables:[],noPsqlrc:!1,noReadline:!1,echoAll:!1,echoHidden:"off",echoErrors:!1,echoQueries:!1,quiet:!1,singleline:!1,singlestep:!1,noAlign:!1,noPager:!1,htmlMode:!1,tuplesOnly:!1,expanded:!1,csvOutput:!1,onErrorStop:!1,fieldSepZero:!1,recordSepZero:!1,pset:[],list:!1,singleTransaction:!1,help:!1,version:!1,positional:[]}),eo=e=>{let t=[];return e({write(n){return t.push(typeof n=="string"?n:Buffer.from(n).toString("utf8")),!0}}),t.join("")},Dd=e=>e===void 0||e==="options"?eo(t=>{_i(t)}):e==="commands"?eo(t=>{qn(t,!1)}):e==="variables"?eo(t=>{Ri(t)}):"",$d="1.0.0",BR=`psql (PostgreSQL) embedded-ts (neon ${$d})`,kd=(e,t)=>{e.push(t)},xR=(e,t)=>{let n=t.indexOf("=");if(n<0){e.push({name:t,value:""});return}e.push({name:t.slice(0,n),value:t.slice(n+1)})},WR=(e,t)=>{if(!io(t)){e.database=t;return}let n=t.startsWith("postgresql://")||t.startsWith("postgres://")?po(t):oo(t);e.dashD={...e.dashD??{},...n},n.host!==void 0&&e.host===void 0&&(e.host=n.host),n.port!==void 0&&e.port===void 0&&(e.port=n.port),n.user!==void 0&&e.user===void 0&&(e.user=n.user),n.password!==void 0&&e.password===void 0&&(e.password=n.password),n.database!==void 0&&e.database===void 0&&(e.database=n.database),n.replication!==void 0&&(e.replication=n.replication)},VR=e=>{let t=qR(),n=[],r=[],s=[],o=0,i=e.length,a=c=>o+1>=i?{kind:"missing-arg",message:`option requires an argument -- ${c}`}:(o+=1,e[o]),l=(c,u,d)=>{let f=Zs.has(c),m;if(f)if(u!==void 0)m=u;else{let p=a(d);if(typeof p!="string")return p;m=p}else if(u!==void 0)return{kind:"invalid-option",message:`option does not take an argument -- ${c}`};switch(c){case"a":return t.echoAll=!0,null;case"A":return t.noAlign=!0,null;case"b":return t.echoErrors=!0,null;case"C":return null;case"c":return kd(n,{kind:"command",sql:m}),null;case"d":return WR(t,m),null;case"e":return t.echoQueries=!0,null;case"E":return t.echoHidden="on",null;case"f":return kd(n,{kind:"file",path:m}),null;case"F":return t.fieldSep=m,t.fieldSepZero=!1,null;case"h":return t.host=m,null;case"H":return t.htmlMode=!0,null;case"l":return t.list=!0,null;case"L":return t.log=m,null;case"n":return t.noReadline=!0,null;case"o":return t.output=m,null;case"p":{let p=Number.parseInt(m,10);return!Number.isFinite(p)||p<=0||p>65535?{kind:"invalid-value",message:`invalid port number: "${m}"`}:(t.port=p,null)}case"P":return s.push(m),null;case"q":return t.quiet=!0,null;case"R":return t.recordSep=m,t.recordSepZero=!1,null;case"s":return t.singlestep=!0,null;case"S":return t.singleline=!0,null;case"t":return t.tuplesOnly=!0,null;case"T":return s.push(`tableattr=${m}`),null;case"U":return t.user=m,null;case"v":return xR(r,m),null;case"V":return{kind:"version",message:BR};case"w":return t.promptPassword=!1,null;case"W":return t.promptPassword=!0,null;case"x":return t.expanded=!0,null;case"X":return t.noPsqlrc=!0,null;case"z":return t.fieldSepZero=!0,null;case"0":return t.recordSepZero=!0,null;case"1":return t.singleTransaction=!0,null;case"?":return{kind:"help",message:Dd(void 0)};default:return{kind:"invalid-option",message:`invalid option -- ${c}`}}};for(;o<i;){let c=e[o];if(c==="--"){for(o+=1;o<i;)t.positional.push(e[o]),o+=1;break}if(c.startsWith("--")){let u=c.indexOf("="),d=u<0?c.slice(2):c.slice(2,u),f=u<0?void 0:c.slice(u+1);if(d==="csv"){if(f!==void 0)return{kind:"invalid-option",message:`option does not take an argument: --${d}`};t.csvOutput=!0,o+=1;continue}if(d==="no-pager"){if(f!==void 0)return{kind:"invalid-option",message:`option does not take an argument: --${d}`};t.noPager=!0,o+=1;continue}if(d==="on-error-stop"){if(f!==void 0)return{kind:"invalid-option",message:`option does not take an argument: --${d}`};t.onErrorStop=!0,r.push({name:"ON_ERROR_STOP",value:"on"}),o+=1;continue}if(d==="help"){let S=f;return S!==void 0&&S!=="options"&&S!=="commands"&&S!=="variables"?{kind:"invalid-option",message:`unrecognized help topic: ${S}`}:{kind:"help",message:Dd(S)}}if(d==="echo-hidden"){if(f===void 0)t.echoHidden="on";else if(f==="noexec")t.echoHidden="noexec";else if(f===""||f==="on")t.echoHidden="on";else return{kind:"invalid-value",message:`invalid value for --echo-hidden: "${f}"`};o+=1;continue}let m=UR[d];if(m===void 0)return{kind:"invalid-option",message:`unrecognized option: --${d}`};let p=HR.has(d),g=FR.has(d),h=f;if(p&&h===void 0){if(o+1>=i)return{kind:"missing-arg",message:`option requires an argument: --${d}`};o+=1,h=e[o]}else if(!p&&!g&&h!==void 0)return{kind:"invalid-option",message:`option does not take an argument: --${d}`};let E=l(m,h,`--${d}`);if(E)return E;o+=1;continue}if(c.startsWith("-")&&c.length>1){let u=1;for(;u<c.length;){let d=c[u];if(!Zs.has(d)&&!$R.has(d))return{kind:"invalid-option",message:`invalid option -- ${d}`};if(Zs.has(d)){let m=c.slice(u+1),p=l(d,m.length>0?m:void 0,d);if(p)return p;u=c.length;break}let f=l(d,void 0,d);if(f)return f;u+=1}o+=1;continue}t.positional.push(c),o+=1}return{...t,actions:n,variables:r,pset:s}},GR=(e,t,n,r)=>{Ao(t.vars,$d);for(let l of e.variables)l.value===""?t.vars.unset(l.name):t.vars.set(l.name,l.value);e.echoAll&&t.vars.set("ECHO","all"),e.echoErrors&&t.vars.set("ECHO","errors"),e.echoQueries&&t.vars.set("ECHO","queries"),e.echoHidden!=="off"&&(t.echoHidden=e.echoHidden,t.vars.set("ECHO_HIDDEN",e.echoHidden==="noexec"?"noexec":"on")),e.quiet&&(t.quiet=!0,t.vars.set("QUIET","on")),e.singleline&&(t.singleline=!0,t.vars.set("SINGLELINE","on")),e.singlestep&&(t.singlestep=!0,t.vars.set("SINGLESTEP","on")),e.onErrorStop&&(t.onErrorStop=!0,t.vars.set("ON_ERROR_STOP","on")),e.noAlign&&(t.popt.topt.format="unaligned"),e.htmlMode&&(t.popt.topt.format="html"),e.csvOutput&&(t.popt.topt.format="csv"),e.tuplesOnly&&(t.popt.topt.tuplesOnly=!0),e.expanded&&(t.popt.topt.expanded="on"),e.fieldSepZero?t.popt.topt.fieldSep="\0":e.fieldSep!==void 0&&(t.popt.topt.fieldSep=e.fieldSep),e.recordSepZero?t.popt.topt.recordSep="\0":e.recordSep!==void 0&&(t.popt.topt.recordSep=e.recordSep),e.noPager&&(t.popt.topt.pager="off");for(let l of e.pset){let c=l.indexOf("=");if(c>=0){let u=l.slice(0,c),d=l.slice(c+1);u==="tableattr"||u==="T"?t.popt.topt.tableAttr=d.length>0?d:null:u==="pager"&&(d==="on"||d==="off"||d==="always")&&(t.popt.topt.pager=d)}}let s=e.database,o=e.user;e.positional[0]&&!s&&(s=e.positional[0]),e.positional[1]&&!o&&(o=e.positional[1]);let i={...e.dashD??{}};e.host!==void 0&&(i.host=e.host),e.port!==void 0&&(i.port=e.port),o!==void 0&&(i.user=o),s!==void 0&&(i.database=s),e.password!==void 0&&(i.password=e.password),e.replication!==void 0&&(i.replication=e.replication);let a;return r===void 0?a={...n??{host:"localhost",port:5432,user:"",database:"",ssl:"prefer"},...i}:a=YR(i,r,n),{connect:a,preActions:e.actions}},YR=(e,t,n)=>{let r=t.env??{},s=t.uriPartial??(n!==void 0?n:{}),o=t.serviceName??r.PGSERVICE,i;if(o!==void 0&&o!==""&&(i=t.services?.get(o),i===void 0))throw new Error(`definition of service "${o}" not found`);let a=i!==void 0?Wd(i):{},l=qd(r),c=Bd(r),u=[e,s,l,a],d=ro(u,c);if(d.password===void 0){let f=Ad(t.pgpassEntries??[],{host:d.host,port:d.port,database:d.database!==""?d.database:d.user,user:d.user});if(f!==void 0){let m={password:f};d=ro([...u,m],c)}}return d};var QR=async(e,t={})=>{let n=t.stdin??process.stdin,r=t.stdout??process.stdout,s=t.stderr??process.stderr,o=e[0]??"",i={},a;if(o!==""&&io(o))try{if(o.startsWith("postgres://")||o.startsWith("postgresql://"))i=po(o),a=Fd(o);else{let S=oo(o);typeof S._service=="string"&&S._service.length>0&&(a=S._service),delete S._service,i=S}}catch(S){return s.write(`psql: error: ${S.message}
`),2}let l=VR(e.slice(1));if("kind"in l)return l.kind==="help"||l.kind==="version"?(r.write(l.message),l.message.endsWith(`
`)||r.write(`
`),0):(s.write(`psql: error: ${l.message}
`),1);let c=Ld(),u=md(c);hd(u,process.env),u.notty=!n.isTTY;let d=await Rd(void 0,{env:process.env,stderr:s}),f;try{f=await Id()}catch(S){return s.write(`psql: error: ${S.message}
`),2}let m;try{m=GR(l,u,void 0,{env:process.env,uriPartial:i,serviceName:a,pgpassEntries:d,services:f})}catch(S){return s.write(`psql: error: ${S.message}
`),2}let{connect:p,preActions:g}=m,h;try{h=await Ct.connect(p)}catch(S){let _=S;return s.write(`psql: error: connection to server failed: ${_.message??String(S)}
`),2}u.db=h,Ln(u.vars,h);let E={settings:u,registry:tu(),cond:go(),stdin:n,stdout:r,stderr:s};try{return!u.quiet&&!u.notty&&g.length===0&&KR(h,r),await vd(E,{skip:l.noPsqlrc,env:process.env}),g.length>0?await jR(E,g,l.singleTransaction):await cd(E)}finally{try{await h.close()}catch{}}},jR=async(e,t,n)=>{let{settings:r,stderr:s}=e,o=0,i=!1,a=!1,l=!1;if(n&&r.db)try{await r.db.execSimple("BEGIN"),i=!0}catch(c){let u=c instanceof Error?c.message:String(c);return s.write(`psql: error: could not begin transaction: ${u}
`),1}for(let c of t){if(l)break;if(c.kind==="command"){let u;try{u=await En(c.sql,e,{print:!0})}catch(d){let f=d instanceof Error?d.message:String(d);if(s.write(`psql: ERROR:  ${f}
`),o=1,r.onErrorStop){a=!0;break}continue}if(u.connectionLost){l=!0,o=2;break}if((u.hadError||u.stoppedOnError)&&(o=1),u.stoppedOnError){a=!0;break}}else{let u;try{u=await MR.readFile(c.path,"utf8")}catch(f){let m=f instanceof Error?f.message:String(f);if(s.write(`psql: error: ${m}
`),o=1,r.onErrorStop){a=!0;break}continue}let d;try{d=await En(u,e,{print:!0})}catch(f){let m=f instanceof Error?f.message:String(f);if(s.write(`psql: ERROR:  ${m}
`),o=3,r.onErrorStop){a=!0;break}continue}if(d.connectionLost){l=!0,o=2;break}if(d.stoppedOnError){o=3,a=!0;break}}}if(i&&r.db&&!l){let c=a?"ROLLBACK":"COMMIT";try{await r.db.execSimple(c)}catch(u){let d=u instanceof Error?u.message:String(u);s.write(`psql: error: ${c} failed: ${d}
`),o===0&&(o=1)}}return o},KR=(e,t)=>{let n=e.parameterStatus("server_version")??"unknown";t.write(`psql-ts (neon, server ${n})
`);let r=e.getTlsInfo();if(r){let s=[`protocol: ${r.protocol}`,`cipher: ${r.cipher}`,`compression: ${r.compression}`];r.alpn&&s.push(`ALPN: ${r.alpn}`),t.write(`SSL connection (${s.join(", ")})
`)}t.write(`Type "help" for help.

`)},XR=new Set(["host","hostaddr","port","dbname","user","password","passfile","channel_binding","require_auth","connect_timeout","client_encoding","options","application_name","fallback_application_name","keepalives","keepalives_idle","keepalives_interval","keepalives_count","sslmode","sslnegotiation","sslcompression","sslcert","sslkey","sslcertmode","sslrootcert","sslcrl","sslcrldir","sslkeylogfile","sslsni","requirepeer","ssl_min_protocol_version","ssl_max_protocol_version","krbsrvname","gsslib","gssencmode","service","target_session_attrs","load_balance_hosts","replication"]),so=e=>{let t;if(e.startsWith("postgresql://"))t=e.slice(13);else if(e.startsWith("postgres://"))t=e.slice(11);else throw new Error(`unsupported scheme in URI: ${e}`);let n="",r=t.indexOf("?");r>=0&&(n=t.slice(r+1),t=t.slice(0,r));let s,o=t.indexOf("/");if(o>=0){let g=t.slice(o+1);s=g===""?void 0:qe(g),t=t.slice(0,o)}let i,a=t.lastIndexOf("@");a>=0&&(i=t.slice(0,a),t=t.slice(a+1));let l,c;if(i!==void 0){let g=i.indexOf(":");g>=0?(l=qe(i.slice(0,g)),c=qe(i.slice(g+1))):l=qe(i)}let u=zR(t,e),d,f,m=[];for(let g of u){let h=JR(g,e);h.host!==void 0&&m.push({host:h.host,port:h.port})}m.length>0&&(d=m[0].host,f=m[0].port);let p=ZR(n);return{user:l,password:c,host:d,port:f,...m.length>1?{hosts:m}:{},database:s,query:p}},zR=(e,t)=>{if(e==="")return[""];let n=[],r=0,s=0;for(;s<e.length;){let o=e[s];if(o==="["){let i=e.indexOf("]",s);if(i<0)throw new Error(`missing matching "]" in IPv6 host address: ${t}`);s=i+1;continue}if(o===","){n.push(e.slice(r,s)),s+=1,r=s;continue}s+=1}return n.push(e.slice(r)),n},JR=(e,t)=>{if(e==="")return{};if(e.startsWith("[")){let r=e.indexOf("]");if(r<0)throw new Error(`missing matching "]" in IPv6 host address: ${t}`);let s=e.slice(1,r);if(s==="")throw new Error(`IPv6 host address may not be empty: ${t}`);let o=e.slice(r+1);if(o==="")return{host:s};if(o.startsWith(":"))return{host:s,port:o.slice(1)};throw new Error(`unexpected characters after IPv6 host address in URI: ${t}`)}let n=e.indexOf(":");return n>=0?{host:qe(e.slice(0,n)),port:e.slice(n+1)}:{host:qe(e)}},ZR=e=>{let t=new Map;if(e==="")return t;for(let n of e.split("&")){if(n==="")continue;let r=n.indexOf("=");if(r<0)throw new Error(`missing "=" after "${n.trim()}" in connection info string`);let s=n.slice(0,r),o=n.slice(r+1);if(o.includes("="))throw new Error(`extra "=" in query parameter "${qe(s).trim()}"`);let i=qe(s).trim(),a=qe(o).trim();if(i!==""){if(!XR.has(i))throw new Error(`invalid URI query parameter: "${i}"`);t.set(i,a)}}return t},qe=e=>{let t;try{t=decodeURIComponent(e)}catch{throw new Error(`invalid percent-encoded token in URI: ${e}`)}if(t.includes("\0"))throw new Error(`forbidden NUL byte (%00) in URI: ${e}`);return t},eA=e=>{let t=so(e),n=t.query.get("user"),r=t.query.get("password"),s=t.query.get("port"),o=t.query.get("dbname"),i=t.query.get("host"),a=Ud({rawHost:t.host,rawPort:t.port,rawAuthorityHosts:t.hosts,queryHost:i,queryPort:s}),l=a.length>0&&a[0].host!==""?a[0].host:"localhost",c=a.length>0?a[0].port:5432,u=n!==void 0&&n!==""?n:t.user!==void 0&&t.user!==""?t.user:process.env.USER??"",d=r??t.password,f=o??t.database??u,m=Sn(t.query.get("sslmode")??null),p=Tn(t.query.get("channel_binding")??null);ao(t.query.get("gssencmode")??null);let g=t.query.get("options"),h=t.query.get("application_name")??"psql",E=fo(t.query.get("replication")??null),S=co(t.query.get("target_session_attrs")??null),_=uo(t.query.get("load_balance_hosts")??null),b=z(t.query.get("sslcert")),O=z(t.query.get("sslkey")),L=_n(t.query.get("sslcertmode")??null),w=Rn(t.query.get("sslnegotiation")??null),N=z(t.query.get("sslrootcert")),C=z(t.query.get("sslcrl")),v=z(t.query.get("sslcrldir")),y=z(t.query.get("sslkeylogfile")),B=et(z(t.query.get("sslsni"))),G=et(z(t.query.get("keepalives"))),X=Pr(z(t.query.get("keepalives_idle"))),re=z(t.query.get("requirepeer"));N==="system"&&m!=="verify-full"&&(m="verify-full");let be=z(t.query.get("hostaddr")),fe=tt(z(t.query.get("ssl_min_protocol_version")),"ssl_min_protocol_version"),le=tt(z(t.query.get("ssl_max_protocol_version")),"ssl_max_protocol_version");return kr(fe,le),Dr(le),Hd(m,w),{host:l,port:c,user:u,password:d,database:f,ssl:m,channelBinding:p,applicationName:h,options:g,...w!==void 0?{sslnegotiation:w}:{},...be!==void 0?{hostaddr:be}:{},...E!==void 0?{replication:E}:{},...a.length>1?{hosts:a.map(Te=>({host:Te.host,port:Te.port}))}:{},...S!==void 0?{targetSessionAttrs:S}:{},..._!==void 0?{loadBalanceHosts:_}:{},...b!==void 0?{sslcert:b}:{},...O!==void 0?{sslkey:O}:{},...L!==void 0?{sslcertmode:L}:{},...N!==void 0?{sslrootcert:N}:{},...C!==void 0?{sslcrl:C}:{},...v!==void 0?{sslcrldir:v}:{},...y!==void 0?{sslkeylogfile:y}:{},...B!==void 0?{sslsni:B}:{},...G!==void 0?{keepalives:G}:{},...X!==void 0?{keepalivesIdle:X}:{},...re!==void 0?{requirepeer:re}:{},...fe!==void 0?{sslMinProtocolVersion:fe}:{},...le!==void 0?{sslMaxProtocolVersion:le}:{}}},et=e=>{if(!(e===void 0||e===""))switch(e.toLowerCase()){case"1":case"true":case"yes":case"on":return!0;case"0":case"false":case"no":case"off":return!1;default:return}},Pr=e=>{if(e===void 0||e==="")return;let t=Number.parseInt(e,10);return Number.isFinite(t)&&t>=0?t:void 0},z=e=>e===void 0||e===""?void 0:e,Ud=e=>{let{rawHost:t,rawPort:n,rawAuthorityHosts:r,queryHost:s,queryPort:o}=e;if(s!==void 0&&s!==""){let i=s.split(",").map(l=>l.trim()),a=o!==void 0&&o!==""?o.split(",").map(l=>l.trim()):null;if(a!==null&&a.length!==1&&a.length!==i.length)throw new Error(`could not match ${String(a.length)} port numbers to ${String(i.length)} hosts`);return i.map((l,c)=>{let u;return a!==null?u=a.length===1?a[0]:a[c]:u=n,{host:l,port:wt(u)}})}if(r!==void 0&&r.length>0){let i=o!==void 0&&o!==""?o.split(",").map(a=>a.trim()):null;if(i!==null&&i.length!==1&&i.length!==r.length)throw new Error(`could not match ${String(i.length)} port numbers to ${String(r.length)} hosts`);return r.map((a,l)=>({host:a.host,port:wt(i!==null?i.length===1?i[0]:i[l]:a.port)}))}return[{host:t!==void 0&&t!==""?t:"",port:wt(o??n)}]},wt=e=>{if(e===void 0||e==="")return 5432;if(/^\d/.test(e)&&!/^\d+$/.test(e))throw new Error(`invalid integer value "${e}" for connection option "port"`);let t=Number.parseInt(e,10);if(!Number.isFinite(t)||t<=0||t>65535)throw new Error(`invalid port: ${e}`);return t},oo=e=>{let t={},n=0,r=e.length;for(;n<r;){for(;n<r&&/\s/.test(e[n]);)n+=1;if(n>=r)break;let i=n;for(;n<r&&e[n]!=="="&&!/\s/.test(e[n]);)n+=1;let a=e.slice(i,n).toLowerCase();if(a==="")break;for(;n<r&&/\s/.test(e[n]);)n+=1;if(n>=r||e[n]!=="=")throw new Error(`missing "=" after "${a}" in conninfo string`);for(n+=1;n<r&&/\s/.test(e[n]);)n+=1;let l;if(n<r&&e[n]==="'"){n+=1;let c=[];for(;n<r&&e[n]!=="'";)e[n]==="\\"&&n+1<r?(c.push(e[n+1]),n+=2):(c.push(e[n]),n+=1);if(n>=r)throw new Error(`unterminated single quote in conninfo string for key "${a}"`);n+=1,l=c.join("")}else{let c=n;for(;n<r&&!/\s/.test(e[n]);)n+=1;l=e.slice(c,n)}tA(t,a,l)}let s=t._hostList,o=t._portList;if(s!==void 0&&s.length>0){if(o!==void 0&&o.length!==1&&o.length!==s.length)throw new Error(`could not match ${String(o.length)} port numbers to ${String(s.length)} hosts`);s.length>1&&(t.hosts=s.map((i,a)=>({host:i,port:o===void 0?t.port??5432:o.length===1?wt(o[0]):wt(o[a])})))}return delete t._hostList,delete t._portList,kr(t.sslMinProtocolVersion,t.sslMaxProtocolVersion),Dr(t.sslMaxProtocolVersion),t},tA=(e,t,n)=>{switch(t){case"host":n.includes(",")?(e._hostList=n.split(",").map(r=>r.trim()),e.host=e._hostList[0]):(e.host=n,e._hostList=void 0);return;case"port":n.includes(",")?(e._portList=n.split(",").map(r=>r.trim()),e.port=wt(e._portList[0])):(e.port=wt(n),e._portList=void 0);return;case"user":e.user=n;return;case"password":e.password=n;return;case"dbname":e.database=n;return;case"application_name":e.applicationName=n;return;case"sslmode":e.ssl=Sn(n);return;case"channel_binding":{let r=Tn(n);r!==void 0&&(e.channelBinding=r);return}case"require_auth":{let r=lo(n);r!==void 0&&(e.requireAuth=r);return}case"connect_timeout":{let r=Number.parseInt(n,10);Number.isFinite(r)&&r>=0&&(e.connectTimeoutMs=r*1e3);return}case"client_encoding":e.clientEncoding=n;return;case"options":e.options=n;return;case"replication":{let r=fo(n);r!==void 0&&(e.replication=r);return}case"target_session_attrs":{let r=co(n);r!==void 0&&(e.targetSessionAttrs=r);return}case"load_balance_hosts":{let r=uo(n);r!==void 0&&(e.loadBalanceHosts=r);return}case"gssencmode":ao(n);return;case"sslcert":n!==""&&(e.sslcert=n);return;case"sslkey":n!==""&&(e.sslkey=n);return;case"sslcertmode":{let r=_n(n);r!==void 0&&(e.sslcertmode=r);return}case"sslnegotiation":{let r=Rn(n);r!==void 0&&(e.sslnegotiation=r);return}case"sslrootcert":n!==""&&(e.sslrootcert=n);return;case"sslcrl":n!==""&&(e.sslcrl=n);return;case"sslcrldir":n!==""&&(e.sslcrldir=n);return;case"sslkeylogfile":n!==""&&(e.sslkeylogfile=n);return;case"hostaddr":n!==""&&(e.hostaddr=n);return;case"ssl_min_protocol_version":{let r=tt(n===""?void 0:n,"ssl_min_protocol_version");r!==void 0&&(e.sslMinProtocolVersion=r);return}case"ssl_max_protocol_version":{let r=tt(n===""?void 0:n,"ssl_max_protocol_version");r!==void 0&&(e.sslMaxProtocolVersion=r);return}case"sslsni":{let r=et(n);r!==void 0&&(e.sslsni=r);return}case"keepalives":{let r=et(n);r!==void 0&&(e.keepalives=r);return}case"keepalives_idle":{let r=Pr(n);r!==void 0&&(e.keepalivesIdle=r);return}case"requirepeer":n!==""&&(e.requirepeer=n);return;case"passfile":case"sslcompression":case"krbsrvname":case"gsslib":case"fallback_application_name":case"keepalives_interval":case"keepalives_count":return;case"service":e._service=n;return;default:throw new Error(`invalid conninfo key: "${t}"`)}},io=e=>{if(e.startsWith("postgresql://")||e.startsWith("postgres://"))return!0;let t=e.indexOf("=");if(t<0)return!1;let n=e.slice(0,t);return!/\s/.test(n)},Sn=e=>{if(e===null)return"prefer";let t=e.toLowerCase();switch(t){case"disable":case"allow":case"prefer":case"require":case"verify-ca":case"verify-full":return t;default:throw new Error(`invalid sslmode value: "${e}"`)}},no=["TLSv1","TLSv1.1","TLSv1.2","TLSv1.3"],tt=(e,t)=>{if(e===void 0||e==="")return;let n=no.find(r=>r.toLowerCase()===e.toLowerCase());if(n===void 0)throw new Error(`invalid ${t} value: "${e}"`);return n},Dr=e=>{if(e==="TLSv1"||e==="TLSv1.1")throw new Error(`ssl_max_protocol_version "${e}" is not supported by this runtime's TLS library — TLS 1.0/1.1 are disabled in Node's OpenSSL; the minimum negotiable version is TLSv1.2`)},kr=(e,t)=>{if(!(e===void 0||t===void 0)&&no.indexOf(e)>no.indexOf(t))throw new Error("ssl_min_protocol_version must be <= ssl_max_protocol_version")},Tn=e=>{if(e===null||e==="")return;let t=e.toLowerCase();switch(t){case"disable":case"prefer":case"require":return t;default:throw new Error(`invalid channel_binding value: "${e}"`)}},ao=e=>{if(e===null||e==="")return;let t=e.toLowerCase();if(!(t==="disable"||t==="prefer"))throw t==="require"?new Error("gssencmode=require is not supported: this client has no GSSAPI support"):new Error(`invalid gssencmode value: "${e}"`)},_n=e=>{if(e===null||e==="")return;let t=e.toLowerCase();switch(t){case"disable":case"allow":case"require":return t;default:throw new Error(`invalid sslcertmode value: "${e}"`)}},Rn=e=>{if(e===null||e==="")return;let t=e.toLowerCase();switch(t){case"postgres":case"direct":return t;default:throw new Error(`invalid sslnegotiation value: "${e}"`)}},Hd=(e,t)=>{if(t==="direct"&&!(e==="require"||e==="verify-ca"||e==="verify-full"))throw new Error(`weak sslmode "${e}" may not be used with sslnegotiation=direct`)},nA=new Set(["password","md5","gss","sspi","scram-sha-256","creds","none"]),lo=e=>{if(e===null||e==="")return;let t=e.split(",").map(s=>s.trim()).filter(s=>s.length>0);if(t.length===0)return;let n=new Set,r=null;for(let s of t){let o=s.startsWith("!"),i=(o?s.slice(1):s).toLowerCase();if(!nA.has(i))throw new Error(`invalid require_auth method: "${s}"`);if(r===null)r=o;else if(r!==o)throw new Error("require_auth methods cannot mix positive and negative entries");n.add(i)}return{methods:n,negated:r??!1}},co=e=>{if(e===null||e==="")return;let t=e.toLowerCase();switch(t){case"any":case"read-write":case"read-only":case"primary":case"standby":case"prefer-standby":return t;default:throw new Error(`invalid value for "target_session_attrs": "${e}"`)}},uo=e=>{if(e===null||e==="")return;let t=e.toLowerCase();if(t==="disable"||t==="random")return t;throw new Error(`invalid value for "load_balance_hosts": "${e}"`)},fo=e=>{if(e===null||e==="")return;let t=e.toLowerCase();if(t==="database")return"database";if(t==="true"||t==="on"||t==="yes"||t==="1")return"true";if(!(t==="false"||t==="off"||t==="no"||t==="0"))throw new Error(`invalid value for "replication": "${e}"`)},Fd=e=>{let t=so(e).query.get("service");return t===void 0||t===""?void 0:t},po=e=>{let t=so(e),n=t.query.get("user"),r=t.query.get("password"),s=t.query.get("port"),o=t.query.get("dbname"),i=t.query.get("host"),a=Ud({rawHost:t.host,rawPort:t.port,rawAuthorityHosts:t.hosts,queryHost:i,queryPort:s}),l=t.port!==void 0&&t.port!==""||s!==void 0&&s!==""||(t.hosts?.some(te=>te.port!==void 0&&te.port!=="")??!1),c={};a.length>0&&(a[0].host!==""&&(c.host=a[0].host),l&&a[0].port!==0&&(c.port=a[0].port),a.length>1&&(c.hosts=a.map(te=>({host:te.host,port:te.port}))));let u=n!==void 0&&n!==""?n:t.user!==void 0&&t.user!==""?t.user:void 0;u!==void 0&&(c.user=u);let d=r??t.password;d!==void 0&&(c.password=d);let f=o??t.database;f!==void 0&&(c.database=f);let m=t.query.get("sslmode");m!==void 0&&m!==""&&(c.ssl=Sn(m));let p=Tn(t.query.get("channel_binding")??null);p!==void 0&&(c.channelBinding=p);let g=lo(t.query.get("require_auth")??null);g!==void 0&&(c.requireAuth=g);let h=t.query.get("options");h!==void 0&&h!==""&&(c.options=h);let E=t.query.get("application_name");E!==void 0&&E!==""&&(c.applicationName=E);let S=fo(t.query.get("replication")??null);S!==void 0&&(c.replication=S);let _=co(t.query.get("target_session_attrs")??null);_!==void 0&&(c.targetSessionAttrs=_);let b=uo(t.query.get("load_balance_hosts")??null);b!==void 0&&(c.loadBalanceHosts=b);let O=z(t.query.get("sslcert"));O!==void 0&&(c.sslcert=O);let L=z(t.query.get("sslkey"));L!==void 0&&(c.sslkey=L);let w=_n(t.query.get("sslcertmode")??null);w!==void 0&&(c.sslcertmode=w);let N=Rn(t.query.get("sslnegotiation")??null);N!==void 0&&(c.sslnegotiation=N);let C=z(t.query.get("sslrootcert"));C!==void 0&&(c.sslrootcert=C);let v=z(t.query.get("sslcrl"));v!==void 0&&(c.sslcrl=v);let y=z(t.query.get("sslcrldir"));y!==void 0&&(c.sslcrldir=y);let B=z(t.query.get("sslkeylogfile"));B!==void 0&&(c.sslkeylogfile=B);let G=et(z(t.query.get("sslsni")));G!==void 0&&(c.sslsni=G);let X=et(z(t.query.get("keepalives")));X!==void 0&&(c.keepalives=X);let re=Pr(z(t.query.get("keepalives_idle")));re!==void 0&&(c.keepalivesIdle=re);let be=z(t.query.get("requirepeer"));be!==void 0&&(c.requirepeer=be);let fe=z(t.query.get("hostaddr"));fe!==void 0&&(c.hostaddr=fe);let le=tt(z(t.query.get("ssl_min_protocol_version")),"ssl_min_protocol_version");le!==void 0&&(c.sslMinProtocolVersion=le);let Te=tt(z(t.query.get("ssl_max_protocol_version")),"ssl_max_protocol_version");Te!==void 0&&(c.sslMaxProtocolVersion=Te),kr(c.sslMinProtocolVersion,c.sslMaxProtocolVersion),Dr(c.sslMaxProtocolVersion);let se=t.query.get("connect_timeout");if(se!==void 0&&se!==""){let te=Number.parseInt(se,10);Number.isFinite(te)&&te>=0&&(c.connectTimeoutMs=te*1e3)}let Ie=t.query.get("client_encoding");return Ie!==void 0&&Ie!==""&&(c.clientEncoding=Ie),c},rA={PGHOST:"host",PGHOSTADDR:"hostaddr",PGPORT:"port",PGUSER:"user",PGDATABASE:"database",PGPASSWORD:"password",PGAPPNAME:"applicationName",PGOPTIONS:"options",PGCLIENTENCODING:"clientEncoding",PGSSLMODE:"ssl",PGSSLROOTCERT:"sslrootcert",PGSSLCERT:"sslcert",PGSSLKEY:"sslkey",PGSSLCERTMODE:"sslcertmode",PGSSLNEGOTIATION:"sslnegotiation",PGSSLCRL:"sslcrl",PGSSLCRLDIR:"sslcrldir",PGSSLKEYLOGFILE:"sslkeylogfile",PGCHANNELBINDING:"channelBinding"},qd=e=>{let t={},n=s=>{let o=e[s];return o!==void 0&&o!==""?o:void 0};for(let[s,o]of Object.entries(rA)){let i=n(s);i!==void 0&&sA(t,o,i)}let r=n("PGCONNECT_TIMEOUT");if(r!==void 0){let s=Number.parseInt(r,10);Number.isFinite(s)&&s>=0&&(t.connectTimeoutMs=s*1e3)}return ao(n("PGGSSENCMODE")??null),t},sA=(e,t,n)=>{switch(t){case"host":e.host=n;return;case"port":{let r=Number.parseInt(n,10);Number.isFinite(r)&&r>0&&r<=65535&&(e.port=r);return}case"user":e.user=n;return;case"database":e.database=n;return;case"password":e.password=n;return;case"applicationName":e.applicationName=n;return;case"options":e.options=n;return;case"clientEncoding":e.clientEncoding=n;return;case"ssl":e.ssl=Sn(n);return;case"sslrootcert":e.sslrootcert=n;return;case"sslcert":e.sslcert=n;return;case"sslkey":e.sslkey=n;return;case"sslcertmode":{let r=_n(n);r!==void 0&&(e.sslcertmode=r);return}case"sslnegotiation":{let r=Rn(n);r!==void 0&&(e.sslnegotiation=r);return}case"sslcrl":e.sslcrl=n;return;case"sslcrldir":e.sslcrldir=n;return;case"sslkeylogfile":e.sslkeylogfile=n;return;case"hostaddr":e.hostaddr=n;return;case"channelBinding":{let r=Tn(n);r!==void 0&&(e.channelBinding=r);return}default:return}},Bd=e=>({host:"localhost",port:5432,user:e.USER??"",database:"",ssl:"prefer",applicationName:"psql",...xd(e)}),xd=e=>{let t=e.HOME??Md.homedir();if(t===void 0||t==="")return{};let n={},r=to.join(t,".postgresql","postgresql.crt");Pd(r)&&(n.sslcert=r);let s=to.join(t,".postgresql","postgresql.key");return Pd(s)&&(n.sslkey=s),n},Wd=e=>{let t={};for(let[n,r]of Object.entries(e))switch(n.toLowerCase()){case"host":r!==""&&(t.host=r);break;case"port":{let s=Number.parseInt(r,10);Number.isFinite(s)&&s>0&&s<=65535&&(t.port=s);break}case"user":r!==""&&(t.user=r);break;case"dbname":r!==""&&(t.database=r);break;case"password":t.password=r;break;case"application_name":r!==""&&(t.applicationName=r);break;case"sslmode":r!==""&&(t.ssl=Sn(r));break;case"channel_binding":{let s=Tn(r);s!==void 0&&(t.channelBinding=s);break}case"require_auth":{let s=lo(r);s!==void 0&&(t.requireAuth=s);break}case"options":r!==""&&(t.options=r);break;case"client_encoding":r!==""&&(t.clientEncoding=r);break;case"sslcert":r!==""&&(t.sslcert=r);break;case"sslkey":r!==""&&(t.sslkey=r);break;case"sslcertmode":{let s=_n(r);s!==void 0&&(t.sslcertmode=s);break}case"sslnegotiation":{let s=Rn(r);s!==void 0&&(t.sslnegotiation=s);break}case"sslrootcert":r!==""&&(t.sslrootcert=r);break;case"sslcrl":r!==""&&(t.sslcrl=r);break;case"sslcrldir":r!==""&&(t.sslcrldir=r);break;case"sslkeylogfile":r!==""&&(t.sslkeylogfile=r);break;case"sslsni":{let s=et(r);s!==void 0&&(t.sslsni=s);break}case"keepalives":{let s=et(r);s!==void 0&&(t.keepalives=s);break}case"keepalives_idle":{let s=Pr(r);s!==void 0&&(t.keepalivesIdle=s);break}case"requirepeer":r!==""&&(t.requirepeer=r);break;case"hostaddr":r!==""&&(t.hostaddr=r);break;case"ssl_min_protocol_version":{let s=tt(r===""?void 0:r,"ssl_min_protocol_version");s!==void 0&&(t.sslMinProtocolVersion=s);break}case"ssl_max_protocol_version":{let s=tt(r===""?void 0:r,"ssl_max_protocol_version");s!==void 0&&(t.sslMaxProtocolVersion=s);break}case"connect_timeout":{let s=Number.parseInt(r,10);Number.isFinite(s)&&s>=0&&(t.connectTimeoutMs=s*1e3);break}}return kr(t.sslMinProtocolVersion,t.sslMaxProtocolVersion),Dr(t.sslMaxProtocolVersion),t},ro=(e,t)=>{let n={...t};for(let r=e.length-1;r>=0;r--){let s=e[r];n={...n,...s}}return n.database===""&&(n.database=n.user),n.sslrootcert==="system"&&n.ssl!=="verify-full"&&(n.ssl="verify-full"),Hd(n.ssl,n.sslnegotiation),n};export{xd as defaultClientCertDefaults,qd as envConnectionDefaults,Bd as libpqConnectionDefaults,io as looksLikeConnectionString,ro as mergeConnectOptions,eA as parseConnectionUri,po as parseConnectionUriPartial,Fd as parseConnectionUriService,oo as parseConninfo,QR as runPsql,Wd as serviceEntryToConnectOptions};
