// Keeps a tenant creation's progress page up to date without reloading it: asks the page's Status
// handler every second, says which step is running in the page's live region, and once the
// creation has finished goes where the page would (the tenant's page, or the page again to show
// what went wrong). Without JavaScript the page's "Check progress" link does the same by hand.
const root = document.querySelector("[data-progress-status]");

if (root) {
  const statusUrl = root.dataset.progressStatus;
  const text = root.querySelector("[data-progress-text]");
  const bar = root.querySelector("progress");

  const describe = (status) =>
    status.steps > 0 ? `Step ${status.step} of ${status.steps}: ${status.stepName}` : "Creating the tenant's database";

  const show = (status) => {
    const words = describe(status);
    // Rewriting the same words would make some screen readers announce them again every second.
    if (text.textContent !== words) {
      text.textContent = words;
    }

    if (status.steps > 0) {
      bar.max = status.steps;
      bar.value = status.step;
      bar.textContent = `${status.step} of ${status.steps} steps`;
    }
  };

  const poll = async () => {
    let response;
    try {
      response = await fetch(statusUrl, { headers: { Accept: "application/json" }, cache: "no-store" });
    } catch {
      // The network failed for a moment: ask again.
      setTimeout(poll, 1000);
      return;
    }

    // Signed out, or the job has gone: the page itself says what is wrong.
    if (!response.ok || response.redirected) {
      window.location.reload();
      return;
    }

    const status = await response.json();
    if (status.redirect) {
      window.location.assign(status.redirect);
    } else if (status.state !== "Running") {
      window.location.reload();
    } else {
      show(status);
      setTimeout(poll, 1000);
    }
  };

  setTimeout(poll, 1000);
}
