using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Perspective.Core.Tenants;

namespace Perspective.Users.Account;

/// <summary>
/// Forgotten-password requests, handled after the page has answered. The page only queues the
/// address, doing no database work for it, so it answers in the same time whether or not the
/// address has an account. Held in this node's memory: on the way out, what is queued is finished
/// before the application stops, and a request that cannot be handled is logged, never dropped silently.
/// </summary>
public sealed class ForgottenPasswordRequests(ITenantScopeFactory scopes, ILogger<ForgottenPasswordRequests> logger) : IHostedService
{
    // The sign-in rate limit keeps the queue short; a bound stops a flood from growing it without end.
    private readonly Channel<PasswordResetRequest> _requests =
        Channel.CreateBounded<PasswordResetRequest>(new BoundedChannelOptions(10_000) { SingleReader = true });

    private Task _handling = Task.CompletedTask;

    public void Enqueue(PasswordResetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_requests.Writer.TryWrite(request))
        {
            logger.LogError("The forgotten-password queue is full: a request for tenant {Tenant} was not handled and no email was sent.", request.Tenant.Name);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not any request's work: it goes on after the responses, and stops only with the application.
        _handling = Task.Run(HandleAllAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Takes no more requests and finishes the queued ones, as long as the host allows.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _requests.Writer.TryComplete();
        try
        {
            await _handling.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogError("Stopped before {Count} forgotten-password request(s) were handled; no email was sent for them.", _requests.Reader.Count);
        }
    }

    private async Task HandleAllAsync()
    {
        await foreach (var request in _requests.Reader.ReadAllAsync())
        {
            try
            {
                await using var scope = scopes.CreateScope(request.Tenant);
                await scope.ServiceProvider.GetRequiredService<PasswordResets>().RequestAsync(request.Email, request.IpAddress);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                logger.LogError(exception, "A forgotten-password request for tenant {Tenant} failed; no email was sent.", request.Tenant.Name);
            }
        }
    }
}

/// <summary>What the forgotten-password page passes on: the tenant, the address typed, and where the request came from (for the audit trail).</summary>
public sealed record PasswordResetRequest(Tenant Tenant, string Email, string? IpAddress);
