//! Export of the scene and the timeline as standalone SVG files: the drawn
//! SVG is cloned with the page's computed colours and fonts written onto
//! each element, so the file looks the same outside the page.

use wasm_bindgen::JsValue;

/// The file names the downloads get.
pub const SCENE_FILE: &str = "chanscope-scene.svg";
pub const TIMELINE_FILE: &str = "chanscope-timeline.svg";

/// A JavaScript function of a list of CSS selectors: it lays the matching
/// SVG elements side by side in one new SVG, styles inlined, and returns
/// its text (empty when nothing matched).
const SERIALIZE: &str = r#"
const props = ['fill','stroke','stroke-width','stroke-dasharray','opacity','font-family','font-size','font-weight','font-style','text-anchor','dominant-baseline','display','visibility'];
const ns = 'http://www.w3.org/2000/svg';
const out = document.createElementNS(ns, 'svg');
let x = 0, h = 0;
for (const sel of selectors.split('|')) {
  const src = document.querySelector(sel);
  if (!src) continue;
  const copy = src.cloneNode(true);
  const a = [src, ...src.querySelectorAll('*')];
  const b = [copy, ...copy.querySelectorAll('*')];
  a.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = props.map((p) => p + ':' + cs.getPropertyValue(p)).join(';');
    b[i].setAttribute('style', style);
    b[i].removeAttribute('class');
  });
  for (const f of copy.querySelectorAll('[data-testid=flight]')) f.parentNode.remove();
  const w = src.width.baseVal.value, hh = src.height.baseVal.value;
  copy.setAttribute('x', x);
  copy.setAttribute('y', 0);
  copy.setAttribute('width', w);
  copy.setAttribute('height', hh);
  out.appendChild(copy);
  x += w; h = Math.max(h, hh);
}
if (x === 0) return '';
const bg = document.createElementNS(ns, 'rect');
bg.setAttribute('width', x); bg.setAttribute('height', h);
bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
out.insertBefore(bg, out.firstChild);
out.setAttribute('width', x); out.setAttribute('height', h);
out.setAttribute('viewBox', '0 0 ' + x + ' ' + h);
return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out);
"#;

/// The SVG text of the elements matching `selectors` (joined by `|`).
pub fn serialize(selectors: &str) -> String {
    let f = js_sys::Function::new_with_args("selectors", SERIALIZE);
    f.call1(&JsValue::NULL, &JsValue::from_str(selectors)).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// Downloads the scene as it is drawn now.
pub fn export_scene() {
    let svg = serialize("svg.scene");
    if !svg.is_empty() {
        super::export::download(SCENE_FILE, "image/svg+xml", &svg);
    }
}

/// Downloads the timeline as it is drawn now (lane labels and lanes).
pub fn export_timeline() {
    let svg = serialize("svg.timeline-labels|svg.timeline");
    if !svg.is_empty() {
        super::export::download(TIMELINE_FILE, "image/svg+xml", &svg);
    }
}
