// Progressive enhancement only: every page works without this file.
// Times: the server writes "3 hours ago" (the same in every zone) or a date, with the exact UTC time in the title.
// Here the title, and the date of anything older than a week, are restated in the reader's own time zone.
document.querySelectorAll("time[datetime]").forEach((time) => {
  const moment = new Date(time.dateTime);
  if (Number.isNaN(moment.getTime())) return;
  time.title = moment.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  if (Date.now() - moment.getTime() > 7 * 86400000) {
    const options = { day: "numeric", month: "short" };
    if (moment.getFullYear() !== new Date().getFullYear()) options.year = "numeric";
    time.textContent = moment.toLocaleDateString(undefined, options);
  }
});

// The account menu is a <details>: it also closes on a click elsewhere or Escape, as a menu does.
const accountMenu = document.querySelector(".account-menu");
if (accountMenu) {
  document.addEventListener("click", (event) => {
    if (accountMenu.open && !accountMenu.contains(event.target)) accountMenu.open = false;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && accountMenu.open) {
      accountMenu.open = false;
      accountMenu.querySelector("summary").focus();
    }
  });
}

document.querySelectorAll("textarea[maxlength]").forEach((area) => {
  const counter = document.createElement("span");
  counter.className = "meta counter";
  const update = () => { counter.textContent = `${area.value.length} / ${area.maxLength}`; };
  area.insertAdjacentElement("afterend", counter);
  area.addEventListener("input", update);
  update();
});

// While asking or writing: show visible questions and articles that look alike, as the title is typed.
const similarForm = document.querySelector("form[data-similar]");
if (similarForm) {
  const title = similarForm.querySelector("[data-similar-source]");
  const panel = document.getElementById("similar");
  const list = document.getElementById("similar-list");
  let timer;
  title?.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = title.value.trim();
      if (text.length < 4) return;
      const params = new URLSearchParams({ text });
      if (similarForm.dataset.similarSpace) params.set("space", similarForm.dataset.similarSpace);
      const response = await fetch(`/api/v1/similar?${params}`, { credentials: "same-origin" });
      if (!response.ok) return;
      const { items } = await response.json();
      list.replaceChildren(...items.map((item) => {
        const entry = document.createElement("li");
        const link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.title;
        const meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = ` ${item.kind} in ${item.spaceName}${item.answered ? " · answered" : ""} · matches: ${item.matched.join(", ")}`;
        entry.append(link, meta);
        return entry;
      }));
      panel.hidden = items.length === 0;
    }, 350);
  });
}
