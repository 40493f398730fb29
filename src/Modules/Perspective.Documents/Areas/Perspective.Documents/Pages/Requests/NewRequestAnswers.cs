using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Perspective.Documents.Requests;

namespace Perspective.Documents.Pages.Requests;

/// <summary>
/// The answers of the new-request journey, kept in TempData (an encrypted, HttpOnly cookie)
/// between the form and check answers until the request is created. Peeked, never read, so going
/// back to change an answer keeps them.
/// </summary>
internal static class NewRequestAnswers
{
    private const string Key = "Perspective.Documents.NewFileRequest";

    public static NewFileRequestAnswers? Peek(ITempDataDictionary tempData) =>
        tempData.Peek(Key) is string json ? JsonSerializer.Deserialize<NewFileRequestAnswers>(json) : null;

    public static void Keep(ITempDataDictionary tempData, NewFileRequestAnswers answers) => tempData[Key] = JsonSerializer.Serialize(answers);

    public static void Forget(ITempDataDictionary tempData) => tempData.Remove(Key);
}
