using Microsoft.EntityFrameworkCore;

namespace Perspective.Users.Data;

/// <summary>The users module's tables beside Identity's.</summary>
internal static class UsersModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<AccountToken>(token =>
        {
            token.ToTable("AccountTokens");
            token.Property(t => t.UserId).HasMaxLength(450);
            token.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(20);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.Property(t => t.NewEmail).HasMaxLength(256);
            token.Property(t => t.CreatedByUserId).HasMaxLength(450);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => new { t.UserId, t.Purpose });
        });
        model.Entity<RecoveryCode>(code =>
        {
            code.ToTable("RecoveryCodes");
            code.Property(c => c.UserId).HasMaxLength(450);
            code.Property(c => c.CodeHash).HasMaxLength(64);
            code.HasIndex(c => c.UserId);
        });
        model.Entity<UserSession>(session =>
        {
            session.ToTable("UserSessions");
            session.Property(s => s.Id).HasMaxLength(64);
            session.Property(s => s.UserId).HasMaxLength(450);
            session.Property(s => s.EndReason).HasMaxLength(50);
            session.Property(s => s.IpAddress).HasMaxLength(64);
            session.Property(s => s.UserAgent).HasMaxLength(300);
            session.HasIndex(s => new { s.UserId, s.CreatedUtc });
        });
    }
}
