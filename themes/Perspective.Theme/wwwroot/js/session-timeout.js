// Warns a signed-in person before their idle session ends, and lets them stay signed in.
// The server ends the session regardless; this only makes the ending visible and avoidable.
export function initSessionTimeout() {
  const dialog = document.querySelector("[data-module='app-timeout-dialog']");
  if (!dialog || typeof dialog.showModal !== "function") {
    return;
  }

  const idleSeconds = Number(dialog.dataset.idleSeconds);
  const warningSeconds = Number(dialog.dataset.warningSeconds);
  const form = dialog.querySelector("form");
  const countdown = dialog.querySelector("[data-countdown]");
  let warningTimer;
  let endTimer;
  let tick;

  const minutesText = (seconds) => {
    const minutes = Math.ceil(seconds / 60);
    return minutes <= 1 ? "1 minute" : `${minutes} minutes`;
  };

  const start = () => {
    clearTimeout(warningTimer);
    clearTimeout(endTimer);
    clearInterval(tick);
    warningTimer = setTimeout(warn, (idleSeconds - warningSeconds) * 1000);
    endTimer = setTimeout(() => window.location.assign(dialog.dataset.timedOutUrl), idleSeconds * 1000);
  };

  const warn = () => {
    let left = warningSeconds;
    countdown.textContent = minutesText(left);
    dialog.showModal();
    tick = setInterval(() => {
      left -= 15;
      if (left > 0) {
        countdown.textContent = minutesText(left);
      }
    }, 15000);
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const response = await fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" });
    if (response.ok) {
      dialog.close();
      start();
    } else {
      window.location.assign(dialog.dataset.timedOutUrl);
    }
  });

  // Escape would close the dialog without telling the server anything: treat it as "stay signed in".
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    form.requestSubmit();
  });

  start();
}
