using Perspective.Core.Tenants;

namespace Perspective.Tests.Modules.Tenants.Creation;

/// <summary>
/// A tenant manager whose creations do what the test says (report steps, wait, throw); everything
/// else goes to <paramref name="inner"/>, or finds no problem when there is none.
/// </summary>
internal sealed class ScriptedTenantManager(
    Func<NewTenant, IProgress<(int Step, int Steps, string Name)>, CancellationToken, Task<IReadOnlyList<(string Field, string Message)>>> create,
    ITenantManager? inner = null) : ITenantManager
{
    public Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(NewTenant request, CancellationToken cancellationToken = default) =>
        inner?.CheckAsync(request, cancellationToken) ?? Task.FromResult<IReadOnlyList<(string, string)>>([]);

    public Task<IReadOnlyList<(string Field, string Message)>> CreateAsync(
        NewTenant request, bool carryOn, IProgress<(int Step, int Steps, string Name)>? progress = null, CancellationToken cancellationToken = default) =>
        create(request, progress ?? new Progress<(int, int, string)>(), cancellationToken);

    public Task DisableAsync(string name, CancellationToken cancellationToken = default) => inner!.DisableAsync(name, cancellationToken);

    public Task EnableAsync(string name, CancellationToken cancellationToken = default) => inner!.EnableAsync(name, cancellationToken);

    public Task DeleteAsync(string name, CancellationToken cancellationToken = default) => inner!.DeleteAsync(name, cancellationToken);
}
