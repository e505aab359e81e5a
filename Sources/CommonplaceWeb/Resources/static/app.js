// Progressive enhancement only: every page works without this file.
document.addEventListener("submit", (event) => {
  const message = event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});

document.querySelectorAll("textarea[maxlength]").forEach((area) => {
  const counter = document.createElement("span");
  counter.className = "meta counter";
  const update = () => { counter.textContent = `${area.value.length} / ${area.maxLength}`; };
  area.insertAdjacentElement("afterend", counter);
  area.addEventListener("input", update);
  update();
});
