using Perspective.Core.Security;

namespace Perspective.Noticeboard;

public static class NoticeboardPermissions
{
    public static readonly Permission UseNoticeboard = new("UseNoticeboard", "Read the noticeboard and pin notices on it");
}
