using Perspective.Audit.Cli;
using Perspective.Core.Cli;
using Perspective.Tests.Core.Audit;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Audit.Cli;

public sealed class SqliteAuditVerbsTests() : AuditVerbsTests(postgres: false);

public sealed class PostgresAuditVerbsTests() : AuditVerbsTests(postgres: true);

/// <summary><c>audit verify</c> run as an operator would: the real host executable on the test host's data.</summary>
public abstract class AuditVerbsTests(bool postgres) : HostOnEitherDatabase<PerspectiveFactory>(postgres, new PerspectiveFactory())
{

    [Fact]
    public async Task Verify_AnUntouchedTrail_SaysIntact_AndExitsZero()
    {
        await AuditTampering.RecordAsync(Factory, 3);
        var checkpoint = await AuditTampering.CheckpointAsync(Factory);

        var (exitCode, output, _) = await HostProcess.RunAsync(Factory.DataPath, ["audit", "verify"], Database.Environment());

        Assert.Equal(0, exitCode);
        Assert.Contains($"Audit trail intact: {checkpoint!.Sequence} events, last checkpoint at event {checkpoint.Sequence} on ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnEditedTrail_NamesTheFirstBrokenLink_AndExitsOne()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 3);
        await AuditTampering.ExecuteAsync(Factory, $"""UPDATE "AuditEvents" SET "UserName" = 'someone else' WHERE "Sequence" = {sequences[1]};""");

        var (exitCode, output, _) = await HostProcess.RunAsync(Factory.DataPath, ["audit", "verify", "--tenant", "Default"], Database.Environment());

        Assert.Equal(1, exitCode);
        Assert.Contains($"Audit trail broken at event {sequences[1]} (", output, StringComparison.Ordinal);
        Assert.Contains("it was changed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ForATenantThatDoesNotExist_IsBadInput()
    {
        var error = await Assert.ThrowsAsync<CliException>(() => AuditVerbs.RunAsync(Factory.Services, new CliArguments(["verify", "--tenant", "nowhere"])));

        Assert.Contains("There is no tenant called 'nowhere'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_WithoutSayingWhatToDo_IsBadInput()
    {
        await Assert.ThrowsAsync<CliException>(() => AuditVerbs.RunAsync(Factory.Services, new CliArguments(["check"])));
    }
}
