import { parseJsonText } from "../src/core/json";
console.log(JSON.stringify(parseJsonText('\ufeff{"a":{"1":94.15,\n"1":12.5}, "__proto__": {"x":1}}')));
console.log(JSON.stringify(parseJsonText('{"a":[1,2,],}')));
const deep = "[".repeat(20000) + "]".repeat(20000);
let t=Date.now(); console.log(JSON.stringify(parseJsonText(deep)), Date.now()-t);
const deep2 = '{"a":'.repeat(20000) + "1" + "}".repeat(20000);
t=Date.now(); console.log(JSON.stringify(parseJsonText(deep2)).slice(0,300), Date.now()-t);
console.log(JSON.stringify(parseJsonText('')), JSON.stringify(parseJsonText('{"a":1} x')));
const p = parseJsonText('{"__proto__": 5, "constructor": 1}'); console.log(Object.keys(p.value as object));
