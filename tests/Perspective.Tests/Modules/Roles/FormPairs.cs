using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Roles;

/// <summary>Posts forms whose fields repeat a name, as ticked checkboxes do.</summary>
public static class FormPairs
{
    public static async Task<HttpResponseMessage> SubmitPairsAsync(this HttpClient client, string pagePath, IEnumerable<(string Name, string Value)> fields, string? postPath = null)
    {
        var token = await client.AntiforgeryTokenAsync(pagePath);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(postPath ?? pagePath, content);
    }
}
