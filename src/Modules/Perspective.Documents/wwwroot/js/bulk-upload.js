// Uploads a bulk send's letters one at a time, so a large batch shows its progress and a refused
// file does not stop the rest: each file is posted with the form's antiforgery token to the page's
// One handler, which answers JSON. Once every file has been tried the preview opens, or, when some
// were refused, the page lists them with a link on to the preview. Without JavaScript the form
// posts every file in one request and the page does the same listing.
const form = document.querySelector("form[data-bulk-upload]");

if (form && window.FormData && window.XMLHttpRequest) {
  const input = form.querySelector("input[type=file]");
  const token = form.querySelector("input[name=__RequestVerificationToken]");
  const progressArea = form.querySelector("[data-bulk-progress]");
  const bar = progressArea.querySelector("progress");
  const status = progressArea.querySelector("[data-bulk-status]");
  const refusedArea = form.querySelector("[data-bulk-refused]");
  const button = form.querySelector("button[type=submit]");

  const say = (words) => {
    if (status.textContent !== words) {
      status.textContent = words;
    }
  };

  const counted = (done, total) => `${done} of ${total} ${total === 1 ? "file" : "files"} uploaded`;

  // Resolves with the handler's answer; rejects when the request could not be made at all.
  const upload = (file, onProgress) =>
    new Promise((resolve, reject) => {
      const data = new FormData();
      // The token goes first: the server checks it before reading any file byte.
      data.append(token.name, token.value);
      data.append(input.name, file, file.name);
      const request = new XMLHttpRequest();
      request.open("POST", form.dataset.bulkUpload);
      request.setRequestHeader("Accept", "application/json");
      request.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) {
          onProgress(event.loaded / event.total);
        }
      });
      request.addEventListener("load", () => {
        let answer = null;
        try {
          answer = JSON.parse(request.responseText);
        } catch {
          answer = null;
        }
        resolve({ status: request.status, answer });
      });
      request.addEventListener("error", () => reject(new Error("network")));
      request.send(data);
    });

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  };

  // A GOV.UK error summary listing the refused files, with the way on to the preview.
  const showRefused = (refused, uploaded) => {
    const summary = element("div", "govuk-error-summary");
    summary.setAttribute("data-testid", "refused-files");
    const alert = element("div");
    alert.setAttribute("role", "alert");
    alert.appendChild(element("h2", "govuk-error-summary__title", `${refused.length} ${refused.length === 1 ? "file was" : "files were"} not uploaded`));
    const body = element("div", "govuk-error-summary__body");
    const list = element("ul", "govuk-list govuk-error-summary__list");
    for (const item of refused) {
      list.appendChild(element("li", "", `${item.fileName}: ${item.problem}`));
    }
    body.appendChild(list);
    alert.appendChild(body);
    summary.appendChild(alert);
    refusedArea.replaceChildren(summary);
    if (uploaded > 0) {
      const onward = element("p", "govuk-body");
      const link = element("a", "govuk-link", "Check the uploaded files and send them");
      link.href = form.dataset.bulkPreview;
      onward.appendChild(link);
      refusedArea.appendChild(onward);
    }
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  };

  form.addEventListener("submit", async (event) => {
    const files = Array.from(input.files || []);
    if (files.length === 0) {
      // The server says what is missing, as without JavaScript.
      return;
    }

    event.preventDefault();
    button.disabled = true;
    input.disabled = true;
    progressArea.hidden = false;
    refusedArea.replaceChildren();
    bar.max = files.length;
    bar.value = 0;
    say(counted(0, files.length));

    const refused = [];
    let uploaded = 0;
    for (const [index, file] of files.entries()) {
      let result;
      try {
        result = await upload(file, (fraction) => {
          bar.value = index + fraction;
        });
      } catch {
        result = { status: 0, answer: null };
      }

      if (result.status === 200) {
        uploaded++;
      } else if (result.status === 422 && result.answer) {
        refused.push({ fileName: result.answer.fileName || file.name, problem: result.answer.problem });
      } else {
        // Signed out, the token expired or the network went: the page itself says what is wrong.
        say(`The upload stopped after ${counted(index, files.length)}. Reload the page to upload the rest.`);
        button.disabled = false;
        input.disabled = false;
        return;
      }

      bar.value = index + 1;
      bar.textContent = counted(index + 1, files.length);
      say(counted(index + 1, files.length));
    }

    if (refused.length === 0) {
      window.location.assign(form.dataset.bulkPreview);
      return;
    }

    button.disabled = false;
    input.disabled = false;
    input.value = "";
    // GOV.UK's enhanced file upload redraws its "n files chosen" only on a change event.
    input.dispatchEvent(new Event("change"));
    showRefused(refused, uploaded);
  });
}
