/**
 * The 检查 command's result dialog (notice.html): the text comes in the query. A script file of
 * its own, not an inline script, so the page's Content-Security-Policy allows no inline script.
 */
const q = new URLSearchParams(window.location.search);
const headline = document.getElementById("headline");
const detail = document.getElementById("detail");
if (headline) headline.textContent = q.get("h") || "";
if (detail) detail.textContent = q.get("d") || "";
if (q.get("errors") && q.get("errors") !== "0") document.body.className = "error";
