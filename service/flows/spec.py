"""The flow format (spec version 2): pydantic models of a flow definition.

A flow is data: a JSON object whose `etapas` list holds the steps. Keys are Portuguese
because consultants read and edit these files; the JSON Schema published in
`schema/flow.schema.json` is generated from these models (see `service.flows.schema`).

    {"versao": 2, "id": "saude", "nome": "...", "parametros": {"creci": "..."},
     "etapas": [{"id": "oi", "tipo": "mensagem", "texto": "Olá, {nome|tudo bem}!"}, ...]}

Step kinds (`tipo`): `mensagem` (text and/or image), `pergunta` (parse the answer as
`resposta` into `variavel`, with `minimo`/`maximo`/`padrao`, a `dica` to re-ask and
`tentativas` before `ao_desistir`), `escolha` (options as buttons, list or numbered text),
`condicao` (first rule whose `se` holds, else `senao`), `ia` (AI reply with `instrucoes`),
`calcular` (ANS brackets, counts), `acao` (status, score, tag, notify, hand over) and `fim`.
A step without `proxima` continues with the next one in the list. Texts interpolate
`{variavel}` or `{variavel|fallback}`; a choice also stores `{variavel}_titulo`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SPEC_VERSION = 2

# The lead pipeline, shared with the database and the dashboard.
LeadStatus = Literal[
    "novo", "em_atendimento", "qualificado", "agendado", "proposta", "ganho", "perdido"
]
LEAD_STATUSES: tuple[str, ...] = (
    "novo",
    "em_atendimento",
    "qualificado",
    "agendado",
    "proposta",
    "ganho",
    "perdido",
)

# WhatsApp Cloud API limits for interactive messages.
MAX_TEXT_CHARS = 4096
MAX_INTERACTIVE_BODY = 1024
MAX_ROW_ID = 200
MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_LABEL = 20

StepId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
VarName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]

AnswerType = Literal[
    "texto",
    "lista",
    "nome",
    "numero",
    "idade",
    "idades",
    "dinheiro",
    "sim_nao",
    "cidade",
    "uf",
    "email",
    "data",
    "cnpj",
]

Operator = Literal[
    "igual",
    "diferente",
    "maior",
    "maior_igual",
    "menor",
    "menor_igual",
    "em",
    "fora",
    "existe",
    "nao_existe",
    "contem",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Condicao(_Model):
    """One test over a variable; `pontuacao` names the running lead score."""

    variavel: VarName
    op: Operator = "igual"
    valor: Any = None


class Imagem(_Model):
    """An image sent with an optional caption."""

    url: str = Field(min_length=1)
    legenda: str | None = Field(default=None, max_length=1024)


class Opcao(_Model):
    """One option of a choice step; the variable receives `valor` (or `id`)."""

    id: Annotated[str, Field(min_length=1, max_length=256)]
    titulo: str = Field(min_length=1)
    descricao: str | None = None
    valor: Any = None
    sinonimos: list[str] = Field(default_factory=list)
    proxima: StepId | None = None


class Mensagens(_Model):
    """The flow's fixed replies for situations outside its steps (pt-BR)."""

    nao_texto: str = (
        "Desculpe, por aqui eu só consigo ler mensagens de texto 🙏 Pode me escrever, por favor?"
    )
    opt_out: str = (
        "Tudo bem, não vou mais te enviar mensagens. Seus dados não serão usados para "
        "contato. Se mudar de ideia, é só escrever VOLTAR. 👋"
    )
    humano: str = (
        "Certo! Vou chamar um atendente humano para continuar com você. Aguarde um pouco 🙂"
    )
    reinicio: str = "Olá de novo! 😊 Vamos começar uma nova conversa."
    desistencia: str = "Sem problemas, vamos seguir em frente."
    dica_padrao: str = "Não consegui entender sua resposta."


class _Step(_Model):
    id: StepId
    nota: str | None = None


class MensagemStep(_Step):
    """Send a text (variables interpolated as `{nome}`) and/or an image, then move on."""

    tipo: Literal["mensagem"]
    texto: str | None = None
    imagem: Imagem | None = None
    proxima: StepId | None = None


class PerguntaStep(_Step):
    """Ask a question, parse the answer as `resposta` and store it in `variavel`."""

    tipo: Literal["pergunta"]
    texto: str
    variavel: VarName
    resposta: AnswerType = "texto"
    minimo: float | None = None
    maximo: float | None = None
    variavel_uf: VarName | None = None
    nao_como_nulo: bool = False
    padrao: str | None = Field(default=None, description="regex the whole answer must match")
    dica: str | None = None
    tentativas: int = Field(default=3, ge=1, le=10)
    ao_desistir: StepId | None = None
    proxima: StepId | None = None


class EscolhaStep(_Step):
    """Offer options (buttons, a list or numbered text) and store the chosen one."""

    tipo: Literal["escolha"]
    texto: str
    variavel: VarName
    opcoes: list[Opcao] = Field(min_length=1)
    apresentacao: Literal["auto", "botoes", "lista", "texto"] = "auto"
    rotulo_lista: str = "Ver opções"
    dica: str | None = None
    tentativas: int = Field(default=3, ge=1, le=10)
    ao_desistir: StepId | None = None
    proxima: StepId | None = None


class Regra(_Model):
    """Go to `proxima` when every condition in `se` holds."""

    se: list[Condicao] = Field(min_length=1)
    proxima: StepId


class CondicaoStep(_Step):
    """Branch: the first rule whose conditions hold wins, else `senao`."""

    tipo: Literal["condicao"]
    regras: list[Regra] = Field(min_length=1)
    senao: StepId


class IaStep(_Step):
    """Ask the worker for an AI-written reply following `instrucoes`, then move on."""

    tipo: Literal["ia"]
    instrucoes: str = Field(min_length=1)
    contexto: list[VarName] | None = None
    texto_reserva: str | None = None
    proxima: StepId | None = None


class CalcularStep(_Step):
    """Derive a variable from another (e.g. the ANS age brackets of `idades`)."""

    tipo: Literal["calcular"]
    funcao: Literal["faixas_ans", "quantidade"]
    origem: VarName
    variavel: VarName
    proxima: StepId | None = None


class _Acao(_Model):
    se: list[Condicao] | None = None


class AcaoStatus(_Acao):
    """Move the lead along the pipeline."""

    tipo: Literal["status"]
    valor: LeadStatus


class AcaoPontuar(_Acao):
    """Add points (may be negative) to the lead score."""

    tipo: Literal["pontuar"]
    pontos: int
    motivo: str | None = None


class AcaoZerarPontuacao(_Acao):
    """Reset the lead score to zero (e.g. before answering the questions again)."""

    tipo: Literal["zerar_pontuacao"]


class AcaoTag(_Acao):
    """Tag the lead."""

    tipo: Literal["tag"]
    valor: str = Field(min_length=1, max_length=64)


class AcaoNotificar(_Acao):
    """Notify the consultant (text interpolated)."""

    tipo: Literal["notificar"]
    mensagem: str = Field(min_length=1)


class AcaoTransferir(_Acao):
    """Hand the conversation over to the human consultant; the bot stops."""

    tipo: Literal["transferir"]
    motivo: str | None = None


AcaoSpec = Annotated[
    AcaoStatus | AcaoPontuar | AcaoZerarPontuacao | AcaoTag | AcaoNotificar | AcaoTransferir,
    Field(discriminator="tipo"),
]


class AcaoStep(_Step):
    """Perform actions (each optionally conditional), then move on."""

    tipo: Literal["acao"]
    acoes: list[AcaoSpec] = Field(min_length=1)
    proxima: StepId | None = None


class FimStep(_Step):
    """End the conversation, optionally with a last text and a lead status."""

    tipo: Literal["fim"]
    texto: str | None = None
    status: LeadStatus | None = None


Step = Annotated[
    MensagemStep
    | PerguntaStep
    | EscolhaStep
    | CondicaoStep
    | IaStep
    | CalcularStep
    | AcaoStep
    | FimStep,
    Field(discriminator="tipo"),
]

STEP_KINDS: tuple[str, ...] = (
    "mensagem",
    "pergunta",
    "escolha",
    "condicao",
    "ia",
    "calcular",
    "acao",
    "fim",
)
INPUT_KINDS: tuple[str, ...] = ("pergunta", "escolha")


class Flow(_Model):
    """A conversation flow definition."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"$id": "https://consultor.ai/schemas/flow.schema.json"},
    )

    versao: Literal[2] = 2
    id: str = Field(min_length=1, max_length=64)
    nome: str = Field(min_length=1)
    vertical: str | None = None
    descricao: str | None = None
    inicio: StepId | None = None
    mensagens: Mensagens = Field(default_factory=Mensagens)
    # Per-consultant values texts can use, e.g. {"creci": "12345-F"}; answers override them.
    parametros: dict[str, str] = Field(default_factory=dict)
    etapas: list[Step] = Field(min_length=1)

    def start_id(self) -> str:
        """The id of the first step."""
        return self.inicio or self.etapas[0].id

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if none)."""
        for step in self.etapas:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def next_of(self, index: int) -> str | None:
        """The id of the step after position `index` in the list, if any."""
        return self.etapas[index + 1].id if index + 1 < len(self.etapas) else None
