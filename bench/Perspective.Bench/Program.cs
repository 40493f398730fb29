using Perspective.Bench;

// The app's content root for WebApplicationFactory, which finds it by itself only from a test project.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Perspective.sln")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PERSPECTIVE_WEB", Path.Combine(root?.FullName ?? ".", "src", "Perspective.Web"));

return args switch
{
    ["email", .. var rest] => await EmailBench.RunAsync(rest),
    ["jobs", .. var rest] => await JobsBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: Perspective.Bench email [--messages N] [--postgres CONNECTION-STRING]");
    Console.Error.WriteLine("       Perspective.Bench jobs [--jobs N] [--postgres CONNECTION-STRING] [--hosts 1|2]");
    return 2;
}
