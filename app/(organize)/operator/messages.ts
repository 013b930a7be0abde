import { defineMessages } from "@/lib/i18n/messages";

/** The instance operators' page: organizations waiting for verification (app/(organize)/operator). */
export const operatorMessages = defineMessages({
  en: {
    title: "Organizations waiting for verification",
    intro: (invites: number) =>
      `Until you verify an organization, letters to its custom targets wait and it may send ${invites} invitations. Verify only organizations you have reason to trust: once verified, its campaigns can email the custom targets whose owners confirmed their address.`,
    none: "No organization is waiting.",
    status: { unverified: "New", revoked: "Verification revoked", verified: "Verified" },
    created: (date: string) => `Created ${date}`,
    owners: (list: string) => `Owners: ${list}`,
    noOwners: "No owner",
    counts: (targets: number, invites: number, campaigns: number) =>
      `${targets} custom targets · ${invites} invitations · ${campaigns} campaigns`,
    verify: (name: string) => `Verify ${name}`,
    verifying: "Verifying…",
    revokeHeading: "Take a verification back",
    revokeHint:
      "The organization's web address, as in /organize/ADDRESS. Its letters to custom targets wait again.",
    slug: "Web address",
    revoke: "Revoke verification",
    revoking: "Revoking…",
    verified: "Verified. Its letters to confirmed custom targets go now, and it may invite freely.",
    revoked: "Verification revoked. Letters to its custom targets wait again.",
  },
  es: {
    title: "Organizaciones que esperan verificación",
    intro: (invites: number) =>
      `Hasta que verifiques una organización, sus cartas a destinatarios propios esperan y puede enviar ${invites} invitaciones. Verifica solo organizaciones en las que tengas motivos para confiar: una vez verificada, sus campañas pueden escribir a los destinatarios propios cuyos dueños confirmaron su dirección.`,
    none: "Ninguna organización está esperando.",
    status: { unverified: "Nueva", revoked: "Verificación retirada", verified: "Verificada" },
    created: (date: string) => `Creada el ${date}`,
    owners: (list: string) => `Propietarios: ${list}`,
    noOwners: "Sin propietario",
    counts: (targets: number, invites: number, campaigns: number) =>
      `${targets} destinatarios propios · ${invites} invitaciones · ${campaigns} campañas`,
    verify: (name: string) => `Verificar ${name}`,
    verifying: "Verificando…",
    revokeHeading: "Retirar una verificación",
    revokeHint:
      "La dirección web de la organización, como en /organize/DIRECCION. Sus cartas a destinatarios propios vuelven a esperar.",
    slug: "Dirección web",
    revoke: "Retirar la verificación",
    revoking: "Retirando…",
    verified:
      "Verificada. Sus cartas a destinatarios propios confirmados salen ahora, y puede invitar sin límite.",
    revoked: "Verificación retirada. Las cartas a sus destinatarios propios vuelven a esperar.",
  },
});
