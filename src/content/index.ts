// Content script placeholder: replaced by the real article finder and marker.
const host = document.createElement("whosaid-overlay");
host.setAttribute("data-whosaid-state", "skipped");
host.setAttribute("data-whosaid-statements", "0");
document.documentElement.appendChild(host);
