PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261129064239_Initial','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129065921_TenantsAccountsSettings','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129072627_EmailOutboxAndTemplates','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129073712_EmailAlertsAndDigests','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129084742_OrganisationsSessionsRoles','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129100740_Documents','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129112844_DocumentBatches','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261202173320_EnableLockoutForEveryAccount','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261202173506_AuditHashChain','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261202173923_DataProtectionKeys','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261202174542_EncryptEmailOutboxContent','10.0.15');
CREATE TABLE IF NOT EXISTS "AuditEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEvents" PRIMARY KEY AUTOINCREMENT,
    "OccurredUtc" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "ObjectType" TEXT NULL,
    "ObjectId" TEXT NULL,
    "IpAddress" TEXT NULL,
    "Details" TEXT NULL
, "Hash" TEXT NULL, "PreviousHash" TEXT NULL, "Sequence" INTEGER NULL);
INSERT INTO AuditEvents VALUES(1,'2026-12-03 07:34:00.980614','users.invited',NULL,NULL,NULL,'user','dfea09a6-18c8-443b-a49d-adb423af1031',NULL,'Email: admin@westshire.example; organisation: none; role: LA admin','296e8ebaf532ad0292a6da78f324d6ba514c0b7622ac3ae563bd4c7ffb2fd177',NULL,1);
INSERT INTO AuditEvents VALUES(2,'2026-12-03 07:34:01.180559','tenants.created',NULL,NULL,NULL,'tenant','westshire',NULL,'Administrator invited: admin@westshire.example','f4c20d21e3f17c3f1772c51d89f052c0e5e1c820c6bce9e8380be2880cf4a8cc','296e8ebaf532ad0292a6da78f324d6ba514c0b7622ac3ae563bd4c7ffb2fd177',2);
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO AspNetRoles VALUES('254b1ae7-8fc0-4a90-8ccb-bca7033db2c6','Designated teacher','DESIGNATED TEACHER','8a279a5e-6b88-4e2f-b7aa-3934ca4aa65d');
INSERT INTO AspNetRoles VALUES('46a20cb9-f71d-4ab4-9e81-73454b2e1761','Platform admin','PLATFORM ADMIN','91cf6764-1821-48f4-bf2f-bfed0b14cd20');
INSERT INTO AspNetRoles VALUES('500011b2-f8ae-4e58-a116-4f14aedc34b5','LA editor','LA EDITOR','e7fcba26-7f80-4b59-92d8-c7500cc73e70');
INSERT INTO AspNetRoles VALUES('57605119-2e2d-4a0b-83de-9fcdcf945487','School staff','SCHOOL STAFF','90e1462a-c275-4887-846a-8ed693bca42a');
INSERT INTO AspNetRoles VALUES('950ea8c3-05e8-485e-9511-5655b3f1008d','Virtual School officer','VIRTUAL SCHOOL OFFICER','8260006d-eb19-45f0-bbb2-5002d8151984');
INSERT INTO AspNetRoles VALUES('99b321be-802f-4fbf-8579-8015050b1011','LA officer','LA OFFICER','8506780d-c018-4aee-865e-1043e29434f0');
INSERT INTO AspNetRoles VALUES('cad1e375-6e6f-4a2c-bf3d-183ba8018a47','Headteacher','HEADTEACHER','f28d3075-95b9-405f-90fc-5f3d3cf3e6b5');
INSERT INTO AspNetRoles VALUES('e3b5c32b-1a72-47d0-9863-11eb4a45cb4e','LA admin','LA ADMIN','3433117e-0f60-4d44-8568-557b1810a4d0');
INSERT INTO AspNetRoles VALUES('f237b116-1445-4d8c-b64a-2d930d646561','School user','SCHOOL USER','6546eafd-87f2-4eea-8add-1957dce96fcd');
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
, "EmailAlerts" TEXT NOT NULL DEFAULT '', "ActivatedUtc" TEXT NULL, "AuthenticatorKeyProtected" TEXT NULL, "DeactivatedUtc" TEXT NULL, "LastSignInUtc" TEXT NULL, "LastTotpTimeStep" INTEGER NULL);
INSERT INTO AspNetUsers VALUES('dfea09a6-18c8-443b-a49d-adb423af1031','admin@westshire.example',NULL,'2026-12-03 07:33:59.2436092','admin@westshire.example','ADMIN@WESTSHIRE.EXAMPLE','admin@westshire.example','ADMIN@WESTSHIRE.EXAMPLE',0,NULL,'3383FB75D9D549DCB871A467B09497CC','9f3c6974-6e08-4925-b4f1-59ce83a9f7cc',NULL,0,0,NULL,1,0,'Immediate',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "Settings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_Settings" PRIMARY KEY,
    "Value" TEXT NOT NULL
);
INSERT INTO Settings VALUES('email.digest.hourUtc','7');
CREATE TABLE IF NOT EXISTS "Tenants" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_Tenants" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "HostNames" TEXT NOT NULL,
    "UrlPrefix" TEXT NULL,
    "State" TEXT NOT NULL,
    "EnabledFeatures" TEXT NOT NULL,
    "SetupRecipe" TEXT NULL,
    "AdminEmail" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
INSERT INTO AspNetUserRoles VALUES('dfea09a6-18c8-443b-a49d-adb423af1031','e3b5c32b-1a72-47d0-9863-11eb4a45cb4e');
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "EmailTemplates" (
    "Kind" TEXT NOT NULL CONSTRAINT "PK_EmailTemplates" PRIMARY KEY,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AccountTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AccountTokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ExpiresUtc" TEXT NOT NULL,
    "UsedUtc" TEXT NULL,
    "CancelledUtc" TEXT NULL,
    "NewEmail" TEXT NULL,
    "CreatedByUserId" TEXT NULL
);
INSERT INTO AccountTokens VALUES(1,'dfea09a6-18c8-443b-a49d-adb423af1031','Invitation','3644d6f1c29de657627f0b031228de744fcf62e07805eff7fb50e55d0f0702e3','2026-12-03 07:33:59.5160967','2026-12-10 07:33:59.5160967',NULL,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "OrganisationGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrganisationGroups" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Urn" INTEGER NULL,
    "LaCode" TEXT NULL,
    "LaName" TEXT NULL,
    "EstablishmentNumber" TEXT NULL,
    "DfeNumber" TEXT NULL,
    "TypeOfEstablishment" TEXT NULL,
    "Phase" TEXT NULL,
    "GiasStatus" TEXT NULL,
    "Postcode" TEXT NULL,
    "HeadFirstName" TEXT NULL,
    "HeadLastName" TEXT NULL,
    "AttributesJson" TEXT NULL,
    "Edition" TEXT NULL,
    "AccountLimitOverride" INTEGER NULL,
    "ClosedUtc" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);
INSERT INTO Organisations VALUES('team-childrens-services','LaTeam','Children''s Services',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03 07:33:58.7789543','2026-12-03 07:33:58.7789543');
INSERT INTO Organisations VALUES('team-education-achievement-service','LaTeam','Education Achievement Service',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03 07:33:58.7789543','2026-12-03 07:33:58.7789543');
INSERT INTO Organisations VALUES('team-virtual-school','LaTeam','Virtual School',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03 07:33:58.7789543','2026-12-03 07:33:58.7789543');
CREATE TABLE IF NOT EXISTS "RecoveryCodes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecoveryCodes" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "UsedUtc" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "RoleDefinitions" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_RoleDefinitions" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "Holders" TEXT NOT NULL,
    "IsBuiltIn" INTEGER NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);
INSERT INTO RoleDefinitions VALUES('Designated teacher','The teacher who looks after a school''s looked after children and exchanges their paperwork with the Virtual School.','School',0,'2026-12-03 07:33:58.4760586');
INSERT INTO RoleDefinitions VALUES('Headteacher','The school''s main account: everything for their school, and its other accounts.','School',1,'2026-12-03 07:33:58.6723096');
INSERT INTO RoleDefinitions VALUES('LA admin','Looks after schools, users, roles, data returns, workflows, email templates and settings.','LaTeam',1,'2026-12-03 07:33:58.6683384');
INSERT INTO RoleDefinitions VALUES('LA editor','Publishes news, pages and results releases.','LaTeam',1,'2026-12-03 07:33:58.6693469');
INSERT INTO RoleDefinitions VALUES('LA officer','Exchanges documents with schools, records visits and reviews returns.','LaTeam',1,'2026-12-03 07:33:58.6703871');
INSERT INTO RoleDefinitions VALUES('Platform admin','Creates Local Authorities'' portals and looks after the platform.','Platform',1,'2026-12-03 07:33:58.6630058');
INSERT INTO RoleDefinitions VALUES('School staff','Staff of a school on the Full edition: self-evaluation, observations and performance management.','School',1,'2026-12-03 07:33:58.6744428');
INSERT INTO RoleDefinitions VALUES('School user','The school''s second account: an administrator, data manager or executive head.','School',1,'2026-12-03 07:33:58.673331');
INSERT INTO RoleDefinitions VALUES('Virtual School officer','Exchanges information about Looked After Children.','LaTeam',1,'2026-12-03 07:33:58.6711081');
CREATE TABLE IF NOT EXISTS "UserSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserSessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "LastSeenUtc" TEXT NOT NULL,
    "EndedUtc" TEXT NULL,
    "EndReason" TEXT NULL,
    "IpAddress" TEXT NULL,
    "UserAgent" TEXT NULL,
    "TwoFactor" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "OrganisationGroupMembers" (
    "GroupId" INTEGER NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    CONSTRAINT "PK_OrganisationGroupMembers" PRIMARY KEY ("GroupId", "OrganisationId"),
    CONSTRAINT "FK_OrganisationGroupMembers_OrganisationGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "OrganisationGroups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OrganisationGroupMembers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "RoleGrants" (
    "RoleName" TEXT NOT NULL,
    "Permission" TEXT NOT NULL,
    CONSTRAINT "PK_RoleGrants" PRIMARY KEY ("RoleName", "Permission"),
    CONSTRAINT "FK_RoleGrants_RoleDefinitions_RoleName" FOREIGN KEY ("RoleName") REFERENCES "RoleDefinitions" ("Name") ON DELETE CASCADE
);
INSERT INTO RoleGrants VALUES('Designated teacher','ReceiveDocuments');
INSERT INTO RoleGrants VALUES('Designated teacher','SendDocumentsToLa');
INSERT INTO RoleGrants VALUES('Headteacher','ManageOwnSchoolUsers');
INSERT INTO RoleGrants VALUES('Headteacher','ReceiveDocuments');
INSERT INTO RoleGrants VALUES('Headteacher','SendDocumentsToLa');
INSERT INTO RoleGrants VALUES('Headteacher','ViewOwnOrganisation');
INSERT INTO RoleGrants VALUES('Headteacher','ViewSchoolAuditTrail');
INSERT INTO RoleGrants VALUES('LA admin','ExportConfiguration');
INSERT INTO RoleGrants VALUES('LA admin','ManageDocumentCategories');
INSERT INTO RoleGrants VALUES('LA admin','ManageEmail');
INSERT INTO RoleGrants VALUES('LA admin','ManageFeatures');
INSERT INTO RoleGrants VALUES('LA admin','ManageOrganisations');
INSERT INTO RoleGrants VALUES('LA admin','ManageRoles');
INSERT INTO RoleGrants VALUES('LA admin','ManageUsers');
INSERT INTO RoleGrants VALUES('LA admin','SendDocuments');
INSERT INTO RoleGrants VALUES('LA admin','ViewAllOrganisations');
INSERT INTO RoleGrants VALUES('LA admin','ViewAuditTrail');
INSERT INTO RoleGrants VALUES('LA editor','ViewAllOrganisations');
INSERT INTO RoleGrants VALUES('LA officer','SendDocuments');
INSERT INTO RoleGrants VALUES('LA officer','ViewAllOrganisations');
INSERT INTO RoleGrants VALUES('Platform admin','ExportConfiguration');
INSERT INTO RoleGrants VALUES('Platform admin','ManageDocumentCategories');
INSERT INTO RoleGrants VALUES('Platform admin','ManageEmail');
INSERT INTO RoleGrants VALUES('Platform admin','ManageFeatures');
INSERT INTO RoleGrants VALUES('Platform admin','ManageOrganisations');
INSERT INTO RoleGrants VALUES('Platform admin','ManageRoles');
INSERT INTO RoleGrants VALUES('Platform admin','ManageTenants');
INSERT INTO RoleGrants VALUES('Platform admin','ManageUsers');
INSERT INTO RoleGrants VALUES('Platform admin','ViewAllOrganisations');
INSERT INTO RoleGrants VALUES('Platform admin','ViewAuditTrail');
INSERT INTO RoleGrants VALUES('School staff','ReceiveDocuments');
INSERT INTO RoleGrants VALUES('School staff','ViewOwnOrganisation');
INSERT INTO RoleGrants VALUES('School user','ReceiveDocuments');
INSERT INTO RoleGrants VALUES('School user','SendDocumentsToLa');
INSERT INTO RoleGrants VALUES('School user','ViewOwnOrganisation');
INSERT INTO RoleGrants VALUES('Virtual School officer','SendDocuments');
INSERT INTO RoleGrants VALUES('Virtual School officer','ViewAllOrganisations');
CREATE TABLE IF NOT EXISTS "DocumentCategories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DocumentCategories" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "SenderRoles" TEXT NOT NULL,
    "RecipientRoles" TEXT NOT NULL,
    "RequiresTwoFactor" INTEGER NOT NULL,
    "RetentionDays" INTEGER NULL,
    "AllowedExtensions" TEXT NOT NULL,
    "MaxSizeBytes" INTEGER NOT NULL,
    "IsArchived" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);
INSERT INTO DocumentCategories VALUES(1,'Risk category letters','Each school''s annual risk category letter from the LA.','LA officer','Headteacher',0,2555,'pdf',20971520,0,'2026-12-03 07:33:58.942016','2026-12-03 07:33:58.942016');
INSERT INTO DocumentCategories VALUES(2,'Visit records','Notes of the LA''s visits to a school.','LA officer','Headteacher,School user',0,2190,'pdf,docx',52428800,0,'2026-12-03 07:33:59.2005218','2026-12-03 07:33:59.2005218');
INSERT INTO DocumentCategories VALUES(3,'Looked After Children','Paperwork about looked after children, between the Virtual School and each school''s designated teacher. Opening it needs two-factor authentication.','Designated teacher,Virtual School officer','Designated teacher,Virtual School officer',1,9125,'pdf,docx',52428800,0,'2026-12-03 07:33:59.2129015','2026-12-03 07:33:59.2129015');
INSERT INTO DocumentCategories VALUES(4,'Data returns','Files schools return to the LA.','Headteacher,School user','LA officer',0,1095,'pdf,xlsx,csv',52428800,0,'2026-12-03 07:33:59.2157825','2026-12-03 07:33:59.2157825');
INSERT INTO DocumentCategories VALUES(5,'General','Anything else the LA shares with its schools.','LA editor,LA officer','Headteacher,School staff,School user',0,730,'pdf,docx,xlsx,pptx,png,jpg,zip',104857600,0,'2026-12-03 07:33:59.2181003','2026-12-03 07:33:59.2181003');
CREATE TABLE IF NOT EXISTS "FileRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FileRequests" PRIMARY KEY AUTOINCREMENT,
    "CategoryId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "DeadlineUtc" TEXT NOT NULL,
    "AllowedExtensions" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreatedByOrganisationId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ClosedUtc" TEXT NULL,
    CONSTRAINT "FK_FileRequests_DocumentCategories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "DocumentCategories" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "FileRequestRecipients" (
    "FileRequestId" INTEGER NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "SubmittedUtc" TEXT NULL,
    "DocumentId" TEXT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "PK_FileRequestRecipients" PRIMARY KEY ("FileRequestId", "OrganisationId"),
    CONSTRAINT "FK_FileRequestRecipients_FileRequests_FileRequestId" FOREIGN KEY ("FileRequestId") REFERENCES "FileRequests" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "DocumentOpenings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DocumentOpenings" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" TEXT NOT NULL,
    "RecipientId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "OpenedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_DocumentOpenings_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "DocumentRecipients" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DocumentRecipients" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "RoleName" TEXT NULL,
    "DeliveredUtc" TEXT NOT NULL,
    "FirstOpenedUtc" TEXT NULL,
    "FirstOpenedByUserId" TEXT NULL,
    "LastRemindedUtc" TEXT NULL,
    CONSTRAINT "FK_DocumentRecipients_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "DocumentVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DocumentVersions" PRIMARY KEY,
    "DocumentId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "StorageName" TEXT NOT NULL,
    "WrappedKey" TEXT NOT NULL,
    "KeyVersion" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedByUserId" TEXT NOT NULL,
    "UploadedUtc" TEXT NOT NULL,
    "ScanStatus" TEXT NOT NULL,
    CONSTRAINT "FK_DocumentVersions_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "SendBatches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SendBatches" PRIMARY KEY,
    "CategoryId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Message" TEXT NULL,
    "SenderUserId" TEXT NOT NULL,
    "SenderOrganisationId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "SentUtc" TEXT NULL,
    CONSTRAINT "FK_SendBatches_DocumentCategories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "DocumentCategories" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "StagedFiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StagedFiles" PRIMARY KEY,
    "BatchId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ShownName" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Dropped" INTEGER NOT NULL,
    "StorageName" TEXT NOT NULL,
    "WrappedKey" TEXT NOT NULL,
    "KeyVersion" INTEGER NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "ScanStatus" TEXT NOT NULL,
    "UploadedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_StagedFiles_SendBatches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "SendBatches" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "BatchId" TEXT NULL,
    "CategoryId" INTEGER NOT NULL,
    "ExpiresUtc" TEXT NULL,
    "FileRequestId" INTEGER NULL,
    "LegalHold" INTEGER NOT NULL,
    "Message" TEXT NULL,
    "RetainUntilUtc" TEXT NULL,
    "RevokedByUserId" TEXT NULL,
    "RevokedUtc" TEXT NULL,
    "SenderOrganisationId" TEXT NOT NULL,
    "SenderUserId" TEXT NOT NULL,
    "SentUtc" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_Documents_DocumentCategories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "DocumentCategories" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Documents_FileRequests_FileRequestId" FOREIGN KEY ("FileRequestId") REFERENCES "FileRequests" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Documents_SendBatches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "SendBatches" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "AuditCheckpoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditCheckpoints" PRIMARY KEY AUTOINCREMENT,
    "Sequence" INTEGER NOT NULL,
    "Hash" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Signature" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NOT NULL,
    "Xml" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "EmailOutbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EmailOutbox" PRIMARY KEY AUTOINCREMENT,
    "Attempts" INTEGER NOT NULL,
    "ClaimToken" TEXT NULL,
    "ClaimedUntilUtc" TEXT NULL,
    "ContentProtected" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "DigestToken" TEXT NULL,
    "DueUtc" TEXT NOT NULL,
    "HtmlBody" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "LastError" TEXT NULL,
    "SentUtc" TEXT NULL,
    "State" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NULL,
    "ToAddress" TEXT NOT NULL,
    "ToName" TEXT NULL,
    "ToUserId" TEXT NULL,
    "ValuesJson" TEXT NULL
);
INSERT INTO EmailOutbox VALUES(1,0,NULL,NULL,1,'2026-12-03 07:33:59.5998364',NULL,'2026-12-03 07:33:59.5998364','CfDJ8N3S8G78tMxEgnKGDJG55AgGxKbiH5ulVmN-dzCeXJCVNqg4dD-BKUrOuzG-jHoczKzyq6tM0TP9oOTDtln0HEFBtlnUjj5yMuQ3Domfq5gdNmE_ztrG5-1BL5BJBKx0IcLlj8k-NpBs-j2hxvx7hUziELVD5VnN1HXhzyQz7dBLss-DTKdTewxteyh5vCdb7KWxdz8iZHDhQNm2vZF8-CA_4L5aKLsNII2BCdWDK1OIVCpKvehU1udbItOEKHhgLm6EWvjYRfeVWNG8ZTfNu9gFMjgNmWWZlrVgQE-6jzCfNOSSoNIaELyusc-3nhF5WbrWSjXLz6UF7xD8jAJVpzktoB_Q0itMTngrwRG6luVACDWC9vXvcODaU0FxCtCFv4efGvs6Yby3K6iML1Ej1CrK9nwAADAqZeW95nHvu2V7w3N3PdouAOnYdbfeQocOtktmOt7xnIhXxvyhowKw5H1LS_bpbZrYfUfmOxMDyRRM4PFOPoxF-61UPJB-4X9XagYGWNWiyph4nCjf6rb0OgnE3k0nvvOmR3ADTTTB1kGjpc9_P6jilem2P8icQiGnQroXGYyfRIaac_aQ_UzhAmre96lX98kNyPs34MQwoQZoOhVtqiVRy_-af2qvib2sX7fcnUr1WC_L_i-xW3a2e5UTxGNMNIwdYajTn8oeb7xdq4UM_KTO61Ez6a2yQiaQxDP9VDCH7dqZF7rjqYf_TKZla7kqtj8LJMExwdsowSlfRcK8IhyxM8QC3kUdusG_8guMGboLkaypea-ppmhmOphG2XmBmWhUzHKz8RZaN8HkI3ehAET8rS0CU0Uo_KRVMavYX0NsgvT0FvcIkpp-StcYhE7wTZE-ntV9NRLMSMB63RpxpG226rhnomfNpseE0zP8PP4gLfyoR9urhmoxPqdaTLAKoNjPqv68LzfgcEKhz6zxJKwVhxoD9QVvO06misUJw5LE_S-j24eLoCJooJmncqnC0oV2y-BKOowqtwkvrvX_n7cWDxbJiyp5PjQkHyGKdpaGECk6H2C1BqwtJGJvrVRRDCrxsLoF0jCdoTOjQc3fZWlZ4n3XOJIBD8I74D7XWwOn4KdNPJ5EpX2Dxz-3GlzPDgic8jkqOKKIvL23ZJQcRPp4--EhzB0xJaDIVMRhfNV8R-rn4VRAJ13ukdt_TD9CwiSek1BiVORQcCnNVQL8unZ65XcIWMjQW-QX_R7bhgTQohBsSmLzI16q-TBcitcx18-6FqCQdFLOvwj4qX0WOTkm2fJRt3Zoo2-tZc52sR-DV0sJ16gn6ssRo85uyHgyIVIM-r4UrnpGapTmdb6K-7IVFtGwozU3i1C7oWPqfyMGQsqMNwUC7uMq1EWk92JHwrPG2eq780_uL5SbH5Si1mf4kXj0KYAaYciZ2guyEUCni7DdRmAUnIxOwL1tW_wCQAzzkHA9gHgY_ZVbKK8ETK9OBToyu3TBCz7IW_sjAiUknNeSGYzU6AssYXjz2e6cX4E6LgPNymBICdcPpaztkJ7KcYNycRAsC4n5CjXOLkFlXKRXL_HDnRF3EyMmMkoQ_PCl4lKOaubgSxA5I9NCZDOau1Zs4jGbjhuw9xPTTK2GePRNwP7chldS7IDlz4x3hTLFBq8rrIYTNQWWXLCCnczDO0UrwesVUyBc-BXS2eYMW1Fpq0sxaVQiEeNOGojHyFxCjNYSlQT7NVk5c0po6MCuHJGVbs5Ucam_XTWI_coHDtnyu7msYYU60BpvU53f2CDxY4Q2MEWutQk6hTSeEtKa8jUkl_nRIHg8Kg','users.invitation',NULL,NULL,'Queued','You have been invited to Westshire Council''s secure portal','CfDJ8N3S8G78tMxEgnKGDJG55Ag8MM1mtZBbQnR_qlAJSCtr59Ep2ahTdJ9k0G-93nsrsKNPtbeOliN02ffq5NkZLmTX6pK2ce1bS_mas3O6_N_J-AenobKhPYlO6bvCBYRXhhensR41YW7GCUJ5RDauW5GkWP9Yy-I5nY_uYX_mxd1FeVnWLi6U6Lex8vmy11dE-48nmUvEBV20CmrwvHVdCEbZapEmHph4B5IdkTQ-YoIxRkOGkowaVxtUyeRCzV6v8aj_rW__lfGBkn4jWpN1oSsgiZ0QguydLc18fZreApE9e5nt3dywpQxdBJ3d4tSe__-ILeGLwL1foarrQpCRoMh4AHErIJd8LmWcJPhcmV986lt4X7TN-Psfr-HpnJ0eewzh3MStXaNMzPBsRfJnrPVAuWMeAHYANljKjPxPT6id0pYEWZ40TL-_2shxveTVLRUHY6JBloFxToAHAH9PzozYpAX0tE4UrHv_SChOkO_HbML4QR5D94xtTX3lAwVf-Trd7eFfB6-kKBxi82wkAPfOCAld-UTDVheK-HbzZEpYJ7NuIlWZlgNRaxBWRGyVmBYBnEd2yw8Sr0BDUOcdRfqIfznXD4713acjjEf5GiyByvlJ9d_PLpqOgD7-vZDmzBjGpkZRKCzVPJoDmQtqOwwgnNR9TXLMfTNxTOSpI7KBsLk3FyWpiWL0tR2UaYnNxVCbMaVcT9-klvDTWh9vP6QfeyVBcC-nPZsUOz8hu080jlen0xm1lpmLF_pHMfR00g','admin@westshire.example','admin@westshire.example','dfea09a6-18c8-443b-a49d-adb423af1031','CfDJ8N3S8G78tMxEgnKGDJG55AgT0H7udfLUkW5T9GYRQ5KmQJq8Jt22T10SbslLLYsWjDqlZs_39QxblDbhzw3WODx0ILlpMkh0xqrTsSFHRldC-rV8Y8EAPA-bx3vIeN54gPm4TCglaEy1KIHJP97jNVsXZ5EUJTGBOWrkVdbnxvlalNp8g1HwPm-WpivzPUvbnzjd49EshFpnaNVLJJs7Irb98yTiGXh2hdl1363KCd99ru5VuqQ2x54LHhitxlAzpww_cwS5KMpHvPM3pLN5-J_4W-AnoNz8Io5LSO3nTLKAOfWkrFUUh8HeYEu05tJFO_hfY65vGq0GUXv7jACEKT_81d4MPHMTayPvNsW1CZdsvUM9CHNFXsBXWJWTUTmoAJsBn_z2oHGF1UbGU45F3Ex4Dc21dMfWSazmf1IPcorGRUk6q83uk4VbhBXlzXJPA8jQQeiLAT_4sS_5XZEB5HX1iGad1TwCfRq1y8MHND4rsu_x0NkN_MAZTGM_Sbf5T2MIZq0ggu7_QI4D7qKW9UTR_xOGzJvuPj5JqYGDtw_j4Lt2HSN4F5i1r8TWsvixHg');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('EmailOutbox',1);
INSERT INTO sqlite_sequence VALUES('DocumentCategories',5);
INSERT INTO sqlite_sequence VALUES('AccountTokens',1);
INSERT INTO sqlite_sequence VALUES('AuditEvents',2);
CREATE INDEX "IX_AuditEvents_Action" ON "AuditEvents" ("Action");
CREATE INDEX "IX_AuditEvents_OccurredUtc" ON "AuditEvents" ("OccurredUtc");
CREATE TRIGGER AuditEvents_NoDelete BEFORE DELETE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'Audit events are append-only'); END;
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE UNIQUE INDEX "IX_Tenants_UrlPrefix" ON "Tenants" ("UrlPrefix");
CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");
CREATE UNIQUE INDEX "IX_AccountTokens_TokenHash" ON "AccountTokens" ("TokenHash");
CREATE INDEX "IX_AccountTokens_UserId_Purpose" ON "AccountTokens" ("UserId", "Purpose");
CREATE INDEX "IX_OrganisationGroupMembers_OrganisationId" ON "OrganisationGroupMembers" ("OrganisationId");
CREATE UNIQUE INDEX "IX_OrganisationGroups_Kind_Name" ON "OrganisationGroups" ("Kind", "Name");
CREATE INDEX "IX_Organisations_DfeNumber" ON "Organisations" ("DfeNumber");
CREATE INDEX "IX_Organisations_Name" ON "Organisations" ("Name");
CREATE UNIQUE INDEX "IX_Organisations_Urn" ON "Organisations" ("Urn");
CREATE INDEX "IX_RecoveryCodes_UserId" ON "RecoveryCodes" ("UserId");
CREATE INDEX "IX_UserSessions_UserId_CreatedUtc" ON "UserSessions" ("UserId", "CreatedUtc");
CREATE UNIQUE INDEX "IX_DocumentCategories_Name" ON "DocumentCategories" ("Name");
CREATE INDEX "IX_DocumentOpenings_DocumentId_OpenedUtc" ON "DocumentOpenings" ("DocumentId", "OpenedUtc");
CREATE INDEX "IX_DocumentRecipients_DocumentId" ON "DocumentRecipients" ("DocumentId");
CREATE INDEX "IX_DocumentRecipients_OrganisationId_DeliveredUtc" ON "DocumentRecipients" ("OrganisationId", "DeliveredUtc");
CREATE UNIQUE INDEX "IX_DocumentVersions_DocumentId_Number" ON "DocumentVersions" ("DocumentId", "Number");
CREATE UNIQUE INDEX "IX_DocumentVersions_StorageName" ON "DocumentVersions" ("StorageName");
CREATE INDEX "IX_FileRequestRecipients_OrganisationId" ON "FileRequestRecipients" ("OrganisationId");
CREATE INDEX "IX_FileRequests_CategoryId" ON "FileRequests" ("CategoryId");
CREATE INDEX "IX_SendBatches_CategoryId" ON "SendBatches" ("CategoryId");
CREATE INDEX "IX_SendBatches_SenderOrganisationId_SentUtc" ON "SendBatches" ("SenderOrganisationId", "SentUtc");
CREATE INDEX "IX_SendBatches_SenderUserId_CreatedUtc" ON "SendBatches" ("SenderUserId", "CreatedUtc");
CREATE INDEX "IX_StagedFiles_BatchId" ON "StagedFiles" ("BatchId");
CREATE UNIQUE INDEX "IX_StagedFiles_StorageName" ON "StagedFiles" ("StorageName");
CREATE INDEX "IX_Documents_BatchId" ON "Documents" ("BatchId");
CREATE INDEX "IX_Documents_CategoryId" ON "Documents" ("CategoryId");
CREATE INDEX "IX_Documents_FileRequestId" ON "Documents" ("FileRequestId");
CREATE INDEX "IX_Documents_RetainUntilUtc" ON "Documents" ("RetainUntilUtc");
CREATE INDEX "IX_Documents_SenderOrganisationId_SentUtc" ON "Documents" ("SenderOrganisationId", "SentUtc");
CREATE INDEX "IX_AuditEvents_OrganisationId" ON "AuditEvents" ("OrganisationId");
CREATE UNIQUE INDEX "IX_AuditEvents_Sequence" ON "AuditEvents" ("Sequence");
CREATE INDEX "IX_AuditCheckpoints_Sequence" ON "AuditCheckpoints" ("Sequence");
CREATE TRIGGER AuditEvents_NoUpdate BEFORE UPDATE ON AuditEvents
WHEN NOT (OLD.Sequence IS NULL AND OLD.Hash IS NULL AND NEW.Sequence IS NOT NULL AND NEW.Hash IS NOT NULL
    AND NEW.Id IS OLD.Id AND NEW.OccurredUtc IS OLD.OccurredUtc AND NEW.Action IS OLD.Action
    AND NEW.UserId IS OLD.UserId AND NEW.UserName IS OLD.UserName AND NEW.OrganisationId IS OLD.OrganisationId
    AND NEW.ObjectType IS OLD.ObjectType AND NEW.ObjectId IS OLD.ObjectId AND NEW.IpAddress IS OLD.IpAddress
    AND NEW.Details IS OLD.Details)
BEGIN SELECT RAISE(ABORT, 'Audit events are append-only'); END;
CREATE TRIGGER AuditEvents_OnlyChained BEFORE INSERT ON AuditEvents WHEN NEW.Sequence IS NULL OR NEW.Hash IS NULL BEGIN SELECT RAISE(ABORT, 'Audit events must be chained'); END;
CREATE TRIGGER AuditCheckpoints_NoUpdate BEFORE UPDATE ON AuditCheckpoints BEGIN SELECT RAISE(ABORT, 'Audit checkpoints are append-only'); END;
CREATE TRIGGER AuditCheckpoints_NoDelete BEFORE DELETE ON AuditCheckpoints BEGIN SELECT RAISE(ABORT, 'Audit checkpoints are append-only'); END;
CREATE UNIQUE INDEX "IX_DataProtectionKeys_FriendlyName" ON "DataProtectionKeys" ("FriendlyName");
CREATE INDEX "IX_EmailOutbox_State_DueUtc" ON "EmailOutbox" ("State", "DueUtc");
COMMIT;
