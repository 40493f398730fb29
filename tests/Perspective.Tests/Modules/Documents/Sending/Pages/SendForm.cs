using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Sending.Pages;

/// <summary>Posts the send page as a browser does: the antiforgery token first, then the fields, then the file.</summary>
public static class SendForm
{
    public const string Path = "/documents/send";

    public static byte[] Pdf(string text = "a letter") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    /// <summary>The form's fields by name, with the category when there is one.</summary>
    public static Dictionary<string, string> Fields(int? category, params (string Name, string Value)[] fields)
    {
        var all = fields.ToDictionary(f => f.Name, f => f.Value);
        if (category is { } id)
        {
            all["CategoryId"] = $"{id}";
        }

        return all;
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, IDictionary<string, string> fields, byte[]? file, string fileName = "Risk letter.pdf", bool withToken = true)
    {
        var token = await client.AntiforgeryTokenAsync(Path);
        using var content = new MultipartFormDataContent();
        if (withToken)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            content.Add(new ByteArrayContent(file), "Upload", fileName);
        }

        return await client.PostAsync(Path, content);
    }
}
