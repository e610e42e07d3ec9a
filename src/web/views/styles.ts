// The one stylesheet, inlined in each page (about 3 kB): readable type, AA contrast, visible focus, print rules.
export const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}a:hover{color:#06325a}
:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em 1em;z-index:9}.skip:focus{left:0}
header.site{background:#0b3a66;color:#fff;padding:.5em 1rem;display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:center}
header.site a{color:#fff}header.site .brand{font-weight:700;text-decoration:none;font-size:1.1em}
header.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1em}
header.site .langs{margin-left:auto}header.site [aria-current]{font-weight:700;text-decoration:underline}
main{max-width:76rem;margin:0 auto;padding:1rem}
h1{font-size:1.6em;margin:.3em 0 .6em}h2{font-size:1.25em;margin:1.2em 0 .4em}h3{font-size:1.05em;margin:1em 0 .3em}
.search-form{display:flex;flex-wrap:wrap;gap:.5em;align-items:flex-end;margin-bottom:.5em}
.search-form .q{flex:1 1 20rem}.search-form label{display:block;font-weight:600}
input[type=search],select{font:inherit;padding:.4em;border:1px solid #555;border-radius:3px;width:100%}
button{font:inherit;padding:.45em 1em;background:#0b4f8a;color:#fff;border:0;border-radius:3px;cursor:pointer}
.hint{color:#4a4a4a;font-size:.9em;margin:.2em 0 1em}.full-row{flex-basis:100%}
.layout{display:grid;grid-template-columns:17rem 1fr;grid-template-areas:'f r';gap:1.5rem}.layout>aside{grid-area:f}.layout>section{grid-area:r}
.to-facets{display:none}
@media (max-width:50rem){.layout{grid-template-columns:1fr;grid-template-areas:'r' 'f'}.to-facets{display:inline}}
.facets h3{font-size:.95em;margin:.8em 0 .2em}.facets ul{list-style:none;margin:0;padding:0;font-size:.92em}
.facets li a{display:flex;justify-content:space-between;gap:.5em;padding:.1em 0;text-decoration:none}
.facets li a span:first-child{text-decoration:underline}.facets .on{font-weight:700}.facets .n{color:#4a4a4a}
.chips{display:flex;flex-wrap:wrap;gap:.4em;list-style:none;padding:0}.chips a{display:inline-block;border:1px solid #0b4f8a;border-radius:1em;padding:0 .6em;text-decoration:none}
nav.kinds ul{list-style:none;display:flex;flex-wrap:wrap;gap:1.2em;padding:0;margin:.3em 0}nav.kinds [aria-current]{font-weight:700;text-decoration:none;border-bottom:3px solid #0b3a66}
.switch{display:flex;gap:.3em;align-items:center;padding:.4em 0}.switch label{font-weight:400}.notice{background:#fff3c4;padding:.5em .8em;border-left:4px solid #c25e00}
.results{list-style:none;padding:0;margin:0}.results li{border-bottom:1px solid #ccc;padding:.7em 0}
.meta{font-size:.9em;color:#4a4a4a}.badge{display:inline-block;padding:0 .45em;border-radius:3px;font-size:.85em;color:#fff}
.supported{background:#1b6e3a}.noted{background:#a04a18}.pending{background:#5a4a85}.unknown{background:#555}
nav.pages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.4em;padding:0}nav.pages a,nav.pages span{display:inline-block;padding:.2em .6em;border:1px solid #999}
nav.pages [aria-current]{background:#0b3a66;color:#fff}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left}td.n,th.n{text-align:right}
th::first-letter{text-transform:uppercase}
caption{text-align:left;font-weight:600;padding:.3em 0}
.scroll{overflow-x:auto;max-width:100%}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.kv dt{font-weight:600}dl.kv dd{margin:0}
blockquote{margin:0;padding:.6em 1em;border-left:4px solid #0b3a66;background:#f4f7fa;font-size:1.05em}
figure{margin:1em 0}figure svg{max-width:100%;height:auto}
.exports{display:flex;gap:1em;flex-wrap:wrap;align-items:center}
.doc p:target{background:#fff3c4;outline:2px solid #c25e00}
mark{background:#fff3c4;color:inherit;padding:0 .1em}
.code{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}
.form label{display:block;font-weight:600}.form input{font:inherit;padding:.4em;border:1px solid #555;border-radius:3px;width:100%;max-width:30rem}
button.link{background:none;padding:0;color:inherit;text-decoration:underline}
footer.site{border-top:1px solid #ccc;margin-top:2rem;padding:1rem;font-size:.9em;color:#4a4a4a}
@media print{header.site,.facets,.search-form,nav.pages,.exports,.skip,.langs{display:none!important}
.layout{display:block}a{color:#000;text-decoration:none}main{max-width:none;padding:0}body{font-size:11pt}
.results li,figure,table{break-inside:avoid}}
.checklist{list-style:none;padding-left:0}.checklist li{margin:.4em 0}
@media print{.checklist a[href]::after{content:" (" attr(href) ")";font-size:.85em}.checklist li{break-inside:avoid}}
`;
