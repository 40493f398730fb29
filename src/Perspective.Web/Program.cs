using Perspective.Web.Cli;
using Perspective.Web.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddPerspective();

var app = builder.Build();
if (CliVerbs.IsVerb(args))
{
    return await CliVerbs.RunAsync(app, args);
}

app.UsePerspective();
await app.RunAsync();
return 0;

/// <summary>The host's entry point, public so integration tests can start it.</summary>
public partial class Program;
