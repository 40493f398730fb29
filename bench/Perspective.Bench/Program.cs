using Perspective.Bench;

return args switch
{
    ["email", .. var rest] => await EmailBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: Perspective.Bench email [--messages N] [--postgres CONNECTION-STRING]");
    return 2;
}
