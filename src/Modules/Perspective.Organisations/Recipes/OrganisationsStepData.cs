using System.Text.Json.Serialization;
using Perspective.Core.Recipes;

namespace Perspective.Organisations.Recipes;

/// <summary>The <c>organisations</c> step's data; every part is optional.</summary>
public sealed record OrganisationsStepData
{
    [RecipeValue("a list of teams")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TeamData>? Teams { get; init; }

    [RecipeValue("the path of a CSV file beside the recipe")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GiasFile { get; init; }

    [RecipeValue("a list of schools")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SchoolData>? Schools { get; init; }

    [RecipeValue("a list of groups")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GroupData>? Groups { get; init; }
}

/// <summary>An LA team: its id (<c>team-...</c>) and name.</summary>
public sealed record TeamData
{
    public required string Id { get; init; }

    public required string Name { get; init; }
}

/// <summary>A school: by URN alone (its edition or account limit), or in full (<c>laCode</c>, <c>establishmentNumber</c>, <c>name</c>).</summary>
public sealed record SchoolData
{
    private readonly NumberOrText? _accountLimit;

    public required NumberOrText Urn { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NumberOrText? LaCode { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NumberOrText? EstablishmentNumber { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LaName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Phase { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Postcode { get; init; }

    [RecipeValue("Lite or Full")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Edition { get; init; }

    /// <summary>The account limit; null removes an override, and leaving it out leaves the school's as it is.</summary>
    [RecipeValue("a whole number from 1 to 100, or null")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NumberOrText? AccountLimit
    {
        get => _accountLimit;
        init
        {
            _accountLimit = value;
            SetsAccountLimit = true;
        }
    }

    /// <summary>Whether the step gave <c>accountLimit</c> at all (null included).</summary>
    [JsonIgnore]
    public bool SetsAccountLimit { get; private init; }
}

/// <summary>A cluster or custom group and its members, each a URN or a DfE number.</summary>
public sealed record GroupData
{
    public required string Name { get; init; }

    [RecipeValue("Cluster or Custom")]
    public required string Kind { get; init; }

    [RecipeValue("a list of URNs or DfE numbers")]
    public IReadOnlyList<NumberOrText> Members { get; init; } = [];
}
