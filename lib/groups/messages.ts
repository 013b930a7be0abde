import { defineMessages } from "@/lib/i18n/messages";

/** Words lib/groups writes for people: a roster's statuses and its CSV's columns. */
export const rosterWords = defineMessages({
  en: {
    status: { pledged: "Signed up", done: "Done", missed: "Missed", cancelled: "Cancelled" },
    frequency: { one_time: "One time", monthly: "Monthly" },
    columns: [
      "Name",
      "Email",
      "Phone",
      "Note",
      "Status",
      "Quantity",
      "Amount (USD)",
      "Frequency",
      "Hours",
      "Pledged at",
    ],
  },
  es: {
    status: { pledged: "Inscrito/a", done: "Hecho", missed: "Faltó", cancelled: "Canceló" },
    frequency: { one_time: "Una vez", monthly: "Mensual" },
    columns: [
      "Nombre",
      "Correo electrónico",
      "Teléfono",
      "Nota",
      "Estado",
      "Cantidad",
      "Monto (USD)",
      "Frecuencia",
      "Horas",
      "Fecha del compromiso",
    ],
  },
});
