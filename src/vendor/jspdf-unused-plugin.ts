/**
 * Stands in for jsPDF's optional helpers (html2canvas, DOMPurify, canvg), which it loads only for
 * `doc.html()` and SVG. Border Brief draws its handouts with text and images, never from HTML,
 * so they are left out of the build (about 60 KB gzip); a call that reaches them says why.
 */
const unavailable = () => {
  throw new Error('This jsPDF feature (HTML or SVG rendering) is not part of Border Brief’s build.');
};
export default unavailable;
export const sanitize = unavailable;
