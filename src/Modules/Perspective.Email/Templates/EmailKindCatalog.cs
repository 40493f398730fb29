using Perspective.Core.Email;
using Perspective.Core.Modules;

namespace Perspective.Email.Templates;

/// <summary>Every module's kinds of email by name, and any the host registers as services.</summary>
public sealed class EmailKindCatalog(ModuleCatalog modules, IEnumerable<EmailKind> registered)
{
    private readonly Dictionary<string, EmailKind> _kinds = modules.Modules
        .SelectMany(m => m.Startup.EmailKinds)
        .Concat(registered)
        .ToDictionary(k => k.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<EmailKind> All => _kinds.Values;

    public EmailKind Get(string name) =>
        _kinds.TryGetValue(name, out var kind) ? kind : throw new InvalidOperationException($"No module declares an email kind '{name}'.");

    public EmailKind? Find(string name) => _kinds.GetValueOrDefault(name);
}
