"""One sentence for each reason a connection to the database fails (see
``carebot_desktop.services.connection_errors``): what happened and what to do, in the
interface language. The connection dialog and the sign-in page say the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebot_desktop.services.connection_errors import ConnectionProblem, Problem


class ConnectionProblemText:
    """The sentences (their catalogue context is this class's name)."""

    @staticmethod
    def sentence(problem: ConnectionProblem) -> str:
        kind = problem.kind
        if kind is Problem.HOST_NOT_FOUND:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The server's name was not found: check the host name for a typing mistake and that this computer is connected to the network.",
            )
        if kind is Problem.HOST_UNREACHABLE:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The server does not answer: check that this computer is on the care centre's network (or its VPN) and that the host is right.",
            )
        if kind is Problem.WRONG_PORT:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The server was reached, but no MariaDB database answers on this port: check that the database server is running and that the port number (usually 3306) is right.",
            )
        if kind is Problem.ACCESS_DENIED:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The database server refused this user name and password (or this user may not open this database): check both, or ask the care centre's administrator.",
            )
        if kind is Problem.UNKNOWN_DATABASE:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The server has no database by this name: check the database name (usually “carebot”) with the care centre's administrator.",
            )
        if kind is Problem.TLS_REQUIRED:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The server accepts only encrypted connections: set Encryption (TLS) to “Required” or “When the server offers it” and try again.",
            )
        if kind is Problem.TLS_REFUSED:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "These settings require encryption (TLS), but the server offers none: ask the care centre's administrator to turn TLS on at the server.",
            )
        if kind is Problem.CERTIFICATE_UNTRUSTED:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The server's certificate is not signed by the chosen CA certificate (or has expired), so the connection was refused: choose the CA file from the care centre's administrator.",
            )
        if kind is Problem.CERTIFICATE_NAME:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The server's certificate is made out to another name than this host, so the connection was refused: enter the host name the certificate names, or set Verify to “Certificate only”.",
            )
        if kind is Problem.CA_FILE:
            return QCoreApplication.translate(
                "ConnectionProblemText",
                "The CA certificate file is missing or holds no certificate: choose the file the care centre's administrator gave you again.",
            )
        return QCoreApplication.translate(
            "ConnectionProblemText",
            "The encrypted (TLS) connection could not be set up: ask the care centre's administrator to check the server's TLS settings.",
        )
