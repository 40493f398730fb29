namespace Perspective.Users.Demo;

/// <summary>A demonstration account the <c>users</c> recipe step made, with the password it was given (held in memory only, until shown once).</summary>
public sealed record DemoAccount(string Email, string Name, string Role, string? OrganisationId, string Password);
