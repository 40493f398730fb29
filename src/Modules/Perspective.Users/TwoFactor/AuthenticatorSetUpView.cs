namespace Perspective.Users.TwoFactor;

/// <summary>What the set-up steps show: the QR code, the same key as text, and the sealed key the form posts back.</summary>
public sealed record AuthenticatorSetUpView(string QrCodeSvg, string KeyForTyping, string SealedKey);
