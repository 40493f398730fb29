using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Bench.Documents;

/// <summary>
/// The documents pages over real HTTP: the real app on Kestrel (HTTPS on a loopback port, as
/// browsers reach it), driven by an HttpClient in the same process. A file of the given size is
/// uploaded through the send page and downloaded as the recipient school, each against dd writing
/// and reading the same bytes on the same disk; the process's peak working set is reset before and
/// read after each phase (server and client together; the client streams with fixed buffers).
/// Then a bulk send of N letters to N schools: start, upload every file, preview, send.
/// </summary>
internal static class HttpBench
{
    private const string Pdf = "%PDF-1.7\n";

    public static async Task<int> RunAsync(int sizeMiB, int letters, string folder)
    {
        var bytes = (long)sizeMiB * 1024 * 1024;
        ContentRoot.PointAtTheWebProject();
        using var factory = new DocumentsFactory();
        factory.With("Perspective:DataPath", Directory.CreateDirectory(Path.Combine(folder, "perspective-bench-http-" + Environment.ProcessId)).FullName);
        factory.With("Logging:LogLevel:Default", "Warning");
        factory.With("Perspective:Documents:RetentionEnabled", "false");
        using var certificate = LoopbackCertificate();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        try
        {
            await WaitForTenantAsync(factory);
            var category = await factory.CategoryAsync(maxBytes: Math.Max(bytes + 1024, 1024 * 1024), retentionDays: null);
            using var officer = Client(address, certificate, TestAuthHandler.HeaderValue(DocumentsFactory.OfficerId, [BuiltInRoles.LaOfficer], TestOrganisations.LaTeam.Id));
            using var school = Client(address, certificate, TestAuthHandler.HeaderValue("hetty", [BuiltInRoles.Headteacher], TestOrganisations.Ash.Id));

            var ddFile = Path.Combine(factory.DataPath, "dd.bin");
            var ddWrite = DdRuns.Time($"if=/dev/zero of={ddFile} bs=1M count={sizeMiB} conv=fsync");
            var baseline = Memory.PeakMiB();

            Memory.ResetPeak();
            var clock = Stopwatch.StartNew();
            var documentId = await UploadAsync(factory, officer, category, bytes);
            var uploadSeconds = clock.Elapsed.TotalSeconds;
            var uploadPeak = Memory.PeakMiB();

            Memory.ResetPeak();
            clock.Restart();
            var downloaded = await DownloadAsync(school, documentId);
            var downloadSeconds = clock.Elapsed.TotalSeconds;
            var downloadPeak = Memory.PeakMiB();
            if (downloaded != bytes)
            {
                throw new InvalidOperationException($"Downloaded {downloaded} bytes of {bytes}.");
            }

            var ddRead = DdRuns.Time($"if={ddFile} of=/dev/null bs=1M");
            File.Delete(ddFile);

            Console.WriteLine($"HTTP: size {sizeMiB} MiB, folder {folder}, {Environment.ProcessorCount} cores; HTTPS on loopback, client in the same process");
            Console.WriteLine($"process peak working set after start-up (host, tenant, key ring): {baseline} MiB");
            Console.WriteLine("phase                                 seconds    MiB/s   vs dd   peak working set (VmHWM, server + client)");
            Console.WriteLine(Row("upload: send page, streamed (ours)", uploadSeconds, sizeMiB, ddWrite, $"{uploadPeak} MiB"));
            Console.WriteLine(Row("dd write (conv=fsync)", ddWrite, sizeMiB, ddWrite, "-"));
            Console.WriteLine(Row("download as the school (ours)", downloadSeconds, sizeMiB, ddRead, $"{downloadPeak} MiB"));
            Console.WriteLine(Row("dd read", ddRead, sizeMiB, ddRead, "-"));

            if (letters > 0)
            {
                await BulkSendAsync(factory, officer, letters);
            }

            return 0;
        }
        finally
        {
            await factory.DisposeAsync();
        }
    }

    private static async Task<Guid> UploadAsync(DocumentsFactory factory, HttpClient officer, int category, long bytes)
    {
        var token = await officer.AntiforgeryTokenAsync("/documents/send");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(category.ToString(CultureInfo.InvariantCulture)), "CategoryId" },
            { new StringContent("one"), "SendTo" },
            { new StringContent(TestOrganisations.Ash.Urn!.Value.ToString(CultureInfo.InvariantCulture)), "RecipientReference" },
        };
        var file = new StreamContent(new GeneratedStream(bytes, "%PDF-1.7\n"u8.ToArray()), 64 * 1024);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        file.Headers.ContentLength = bytes;
        form.Add(file, "Upload", "Large report.pdf");
        using var response = await officer.PostAsync("/documents/send", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The send page answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var batchId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        return await factory.QueryAsync(db => db.Set<Document>().Where(d => d.BatchId == batchId).Select(d => d.Id).SingleAsync());
    }

    private static async Task<long> DownloadAsync(HttpClient school, Guid documentId)
    {
        using var response = await school.GetAsync($"/documents/{documentId}/download", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>N open schools, each with a headteacher (so each letter queues a real email), then a bulk send of one letter each.</summary>
    private static async Task BulkSendAsync(DocumentsFactory factory, HttpClient officer, int letters)
    {
        var urns = await AddSchoolsAsync(factory, letters);
        var category = await factory.CategoryAsync(maxBytes: 1024 * 1024);
        var files = urns.Select(urn => ($"{urn}_Risk category letter.pdf", Letter(urn))).ToList();

        var clock = Stopwatch.StartNew();
        var start = await officer.SubmitAsync("/documents/bulk-send", new Dictionary<string, string> { ["CategoryId"] = $"{category}", ["Message"] = "" });
        var batchId = Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[^2]);
        var started = clock.Elapsed.TotalSeconds;

        var filesPage = $"/documents/bulk-send/{batchId}/files";
        using (var form = new MultipartFormDataContent { { new StringContent(await officer.AntiforgeryTokenAsync(filesPage)), "__RequestVerificationToken" } })
        {
            foreach (var (name, content) in files)
            {
                var part = new ByteArrayContent(content);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(part, "Files", name);
            }

            using var uploaded = await officer.PostAsync(filesPage, form);
            Expect(uploaded, HttpStatusCode.Redirect, "upload");
        }

        var uploadedAt = clock.Elapsed.TotalSeconds;
        var preview = $"/documents/bulk-send/{batchId}/preview";
        var previewHtml = await officer.GetStringAsync(preview);
        var previewedAt = clock.Elapsed.TotalSeconds;
        using var sent = await officer.SubmitAsync(preview, new Dictionary<string, string>(), $"{preview}?handler=Send");
        Expect(sent, HttpStatusCode.Redirect, "send");
        var sentAt = clock.Elapsed.TotalSeconds;

        var documents = await factory.QueryAsync(db => db.Set<Document>().CountAsync(d => d.BatchId == batchId));
        var emails = await factory.QueryAsync(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"EmailOutbox\"").SingleAsync());
        if (documents != letters)
        {
            throw new InvalidOperationException($"{documents} documents sent of {letters}; preview was {previewHtml.Length} characters.");
        }

        Console.WriteLine();
        Console.WriteLine($"bulk send: {letters} letters ({files.Sum(f => f.Item2.Length) / 1024} KiB in all) to {letters} schools, each with a headteacher");
        Console.WriteLine("step                                   seconds (cumulative)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start the draft                        {started,8:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upload {letters} files in one request        {uploadedAt,8:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preview (match every file)             {previewedAt,8:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"send ({documents} documents, {emails} emails queued) {sentAt,8:F2}   <- end to end"));
    }

    private static byte[] Letter(int urn) => System.Text.Encoding.ASCII.GetBytes(Pdf + $"% Risk category letter for {urn}\n" + new string('x', 20_000) + "\n%%EOF\n");

    private static async Task<List<int>> AddSchoolsAsync(DocumentsFactory factory, int count)
    {
        await using var scope = await factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == BuiltInRoles.Headteacher);
        if (role is null)
        {
            role = new IdentityRole(BuiltInRoles.Headteacher) { NormalizedName = BuiltInRoles.Headteacher.ToUpperInvariant() };
            db.Roles.Add(role);
        }

        var now = DateTime.UtcNow;
        var urns = Enumerable.Range(300001, count).ToList();
        foreach (var urn in urns)
        {
            var id = $"school-{urn}";
            db.Add(new Organisation
            {
                Id = id,
                Kind = OrganisationKind.School,
                Name = $"Bench School {urn}",
                Urn = urn,
                DfeNumber = $"888{urn % 10000:D4}",
                LaCode = "888",
                EstablishmentNumber = $"{urn % 10000:D4}",
                Edition = SchoolEdition.Full,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
            var email = $"head.{urn}@bench.test";
            var user = new PerspectiveUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = $"Head {urn}",
                OrganisationId = id,
                CreatedUtc = now,
                ActivatedUtc = now,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
        return urns;
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string step)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"The {step} step answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>Waits for the test host's set-up of the default tenant (a hosted service) to finish.</summary>
    private static async Task WaitForTenantAsync(DocumentsFactory factory)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                await factory.CategoryAsync();
                return;
            }
            catch (Exception) when (attempt < 599)
            {
                await Task.Delay(100);
            }
        }
    }

    private static HttpClient Client(Uri address, X509Certificate2 certificate, string user)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            // Trust exactly the throwaway certificate this run made, nothing else.
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString() },
        };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromHours(1) };
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user);
        return client;
    }

    /// <summary>A throwaway self-signed certificate for 127.0.0.1, for this run only.</summary>
    private static X509Certificate2 LoopbackCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private static string Row(string name, double seconds, int sizeMiB, double ddSeconds, string peak) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-36}{seconds,9:F2}{sizeMiB / seconds,9:F0}{seconds / ddSeconds,7:F2}x   {peak}");
}
