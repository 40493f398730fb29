namespace Perspective.Documents.Sending;

/// <summary>Whom one send reaches: each choice gives one recipient row per organisation.</summary>
public enum SendAudience
{
    /// <summary>One open school or LA team.</summary>
    OneOrganisation,

    /// <summary>Every open school in the tenant at the moment of sending.</summary>
    EveryOpenSchool,

    /// <summary>The open schools of one group at the moment of sending.</summary>
    Group,
}
