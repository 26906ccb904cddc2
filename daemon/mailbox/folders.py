"""The usual names of the special folders, by their SPECIAL-USE attribute (RFC 6154), for a server
that marks none and for a Maildir (which has no attributes): English, German, French, Spanish."""

from __future__ import annotations

from imapclient.imapclient import DRAFTS, SENT, TRASH

USUAL_NAMES = {
    DRAFTS: ("Drafts", "Draft", "Entwürfe", "Brouillons", "Borradores", "Bozze"),
    SENT: ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "Gesendet", "Gesendete Elemente",
           "Envoyés", "Éléments envoyés", "Enviados", "Elementos enviados"),
    TRASH: ("Trash", "Deleted Items", "Deleted Messages", "Bin", "Papierkorb",
            "Gelöschte Elemente", "Corbeille", "Papelera", "Elementos eliminados"),
}
