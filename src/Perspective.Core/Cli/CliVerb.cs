namespace Perspective.Core.Cli;

/// <summary>
/// A command the host runs instead of the web server (<c>dotnet run --project src/Perspective.Web -- NAME ...</c>),
/// declared by the host or by a module (<see cref="Modules.ModuleStartup.CliVerbs"/>).
/// </summary>
/// <param name="Name">The first word on the command line, e.g. <c>documents</c>.</param>
/// <param name="Usage">How to call it, one line per form, e.g. <c>documents rotate-key [--tenant NAME]</c>.</param>
/// <param name="Description">What it does, in a sentence, for <c>--help</c>.</param>
/// <param name="RunAsync">
/// Runs with the host's services and the words after the name. Returns 0 on success and 1 when the
/// work failed; bad input throws <see cref="CliException"/>, which the host prints and turns into 2.
/// </param>
public sealed record CliVerb(string Name, string Usage, string Description, Func<IServiceProvider, CliArguments, Task<int>> RunAsync);
