using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;
using Perspective.Tests.Web.Security;

namespace Perspective.Tests.Modules.Documents.Bulk;

public sealed class SqliteBulkRefusalAuditTests() : BulkRefusalAuditTests(postgres: false);

public sealed class PostgresBulkRefusalAuditTests() : BulkRefusalAuditTests(postgres: true);

/// <summary>Issue 17, item 5: a school's user refused the start of a bulk send (403) is audited.</summary>
public abstract class BulkRefusalAuditTests(bool postgres) : HostOnEitherDatabase<BulkFactory>(postgres, new BulkFactory())
{

    [Fact]
    public async Task ASchoolUser_RefusedTheStartOfABulkSend_IsAudited_WithThePage()
    {
        var category = await Factory.CategoryAsync();
        var head = Factory.ClientForOrganisation("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);

        var page = await head.GetAsync(BulkPages.Start);
        var post = await head.PostAsync(BulkPages.Start, new FormUrlEncodedContent(new Dictionary<string, string> { ["CategoryId"] = category.Id.ToString(CultureInfo.InvariantCulture) }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var refused = await RefusalAuditTests.EventsAsync(Factory, "security.forbidden");
        Assert.Equal(2, refused.Count);
        Assert.All(refused, e => Assert.Equal(("hetty", "page", BulkPages.Start), (e.UserId, e.ObjectType, e.ObjectId)));
        Assert.Equal(0, await Factory.QueryAsync(db => db.Set<SendBatch>().CountAsync()));
    }
}
