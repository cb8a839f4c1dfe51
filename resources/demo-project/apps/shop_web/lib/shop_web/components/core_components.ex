defmodule ShopWeb.CoreComponents do
  @moduledoc """
  The storefront's shared function components: flash messages, buttons,
  form inputs, headers, tables, prices and icons.

  Styling uses Tailwind utility classes. Icons come from the Heroicons set
  bundled by the tailwind plugin in `assets/tailwind.config.js` and are
  rendered as `<span class="hero-..."/>`.

  Accessibility conventions used throughout:

    * interactive things are `<button>` or `<.link>`, never bare `<div>`s
    * a button whose only content is an icon gets an `aria-label`
    * images get `alt` text; purely decorative ones get `alt=""`
  """

  use Phoenix.Component

  alias Phoenix.LiveView.JS

  @doc """
  Renders a flash notice.

  ## Examples

      <.flash kind={:info} flash={@flash} />
      <.flash kind={:error} title="Payment failed">Your card was declined.</.flash>
  """
  attr :id, :string, doc: "the optional id of the flash container"
  attr :flash, :map, default: %{}, doc: "the map of flash messages"
  attr :title, :string, default: nil
  attr :kind, :atom, values: [:info, :error], doc: "used for styling and flash lookup"
  attr :rest, :global
  slot :inner_block

  def flash(assigns) do
    assigns = assign_new(assigns, :id, fn -> "flash-#{assigns.kind}" end)

    ~H"""
    <div
      :if={msg = render_slot(@inner_block) || Phoenix.Flash.get(@flash, @kind)}
      id={@id}
      role="alert"
      class={[
        "fixed top-4 right-4 z-50 w-80 rounded-lg p-3 shadow-md ring-1",
        @kind == :info && "bg-emerald-50 text-emerald-800 ring-emerald-500",
        @kind == :error && "bg-rose-50 text-rose-900 ring-rose-500"
      ]}
      {@rest}
    >
      <p :if={@title} class="font-semibold"><%= @title %></p>
      <p class="text-sm"><%= msg %></p>
      <button
        type="button"
        class="absolute top-2 right-2 p-1"
        aria-label="Dismiss notification"
        phx-click={JS.push("lv:clear-flash", value: %{key: @kind}) |> hide("##{@id}")}
      >
        <.icon name="hero-x-mark-solid" class="h-4 w-4 opacity-60" />
      </button>
    </div>
    """
  end

  @doc """
  Renders the info and error flashes plus the reconnect notices.
  """
  attr :flash, :map, required: true
  attr :id, :string, default: "flash-group"

  def flash_group(assigns) do
    ~H"""
    <div id={@id} aria-live="polite">
      <.flash kind={:info} flash={@flash} />
      <.flash kind={:error} flash={@flash} />
      <.flash
        id="client-error"
        kind={:error}
        title="Connection lost"
        phx-disconnected={show(".phx-client-error #client-error")}
        phx-connected={hide("#client-error")}
        hidden
      >
        Trying to reconnect…
      </.flash>
    </div>
    """
  end

  @doc """
  Renders a button.

      <.button phx-click="checkout">Go to checkout</.button>
  """
  attr :type, :string, default: "button"
  attr :variant, :atom, values: [:primary, :secondary, :danger], default: :primary
  attr :class, :string, default: nil
  attr :rest, :global, include: ~w(disabled form name value)
  slot :inner_block, required: true

  def button(assigns) do
    ~H"""
    <button
      type={@type}
      class={[
        "inline-flex items-center gap-2 rounded-md px-4 py-2 text-sm font-semibold",
        "focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2",
        "phx-submit-loading:opacity-75 disabled:cursor-not-allowed disabled:opacity-50",
        @variant == :primary && "bg-orange-600 text-white hover:bg-orange-700",
        @variant == :secondary && "bg-white text-zinc-900 ring-1 ring-zinc-300 hover:bg-zinc-50",
        @variant == :danger && "bg-rose-600 text-white hover:bg-rose-700",
        @class
      ]}
      {@rest}
    >
      <%= render_slot(@inner_block) %>
    </button>
    """
  end

  @doc """
  Renders a labelled input for a form field, with its errors.

      <.input field={@form[:email]} type="email" label="Email" />
      <.input field={@form[:region]} type="select" label="Ship to" options={@regions} />
  """
  attr :id, :any, default: nil
  attr :name, :any
  attr :label, :string, default: nil
  attr :value, :any
  attr :type, :string, default: "text", values: ~w(text email number password select textarea)
  attr :field, Phoenix.HTML.FormField, doc: "a form field struct, e.g. @form[:email]"
  attr :errors, :list, default: []
  attr :options, :list, doc: "options for type=select"

  attr :rest, :global,
    include: ~w(autocomplete disabled max min placeholder readonly required step)

  def input(%{field: %Phoenix.HTML.FormField{} = field} = assigns) do
    assigns
    |> assign(field: nil, id: assigns.id || field.id)
    |> assign(:errors, Enum.map(field.errors, &translate_error/1))
    |> assign_new(:name, fn -> field.name end)
    |> assign_new(:value, fn -> field.value end)
    |> input()
  end

  def input(%{type: "select"} = assigns) do
    ~H"""
    <div>
      <.label for={@id}><%= @label %></.label>
      <select id={@id} name={@name} class="mt-1 block w-full rounded-md border-zinc-300" {@rest}>
        <%= Phoenix.HTML.Form.options_for_select(@options, @value) %>
      </select>
      <.error :for={msg <- @errors}><%= msg %></.error>
    </div>
    """
  end

  def input(%{type: "textarea"} = assigns) do
    ~H"""
    <div>
      <.label for={@id}><%= @label %></.label>
      <textarea id={@id} name={@name} class="mt-1 block w-full rounded-md border-zinc-300" {@rest}><%= Phoenix.HTML.Form.normalize_value("textarea", @value) %></textarea>
      <.error :for={msg <- @errors}><%= msg %></.error>
    </div>
    """
  end

  def input(assigns) do
    ~H"""
    <div phx-feedback-for={@name}>
      <.label for={@id}><%= @label %></.label>
      <input
        type={@type}
        name={@name}
        id={@id}
        value={Phoenix.HTML.Form.normalize_value(@type, @value)}
        aria-invalid={@errors != [] && "true"}
        aria-describedby={@errors != [] && "#{@id}-errors"}
        class={[
          "mt-1 block w-full rounded-md sm:text-sm",
          "phx-no-feedback:border-zinc-300 phx-no-feedback:focus:border-orange-500",
          @errors == [] && "border-zinc-300 focus:border-orange-500",
          @errors != [] && "border-rose-400 focus:border-rose-500"
        ]}
        {@rest}
      />
      <div id={"#{@id}-errors"}>
        <.error :for={msg <- @errors}><%= msg %></.error>
      </div>
    </div>
    """
  end

  @doc """
  Renders a label.
  """
  attr :for, :string, default: nil
  slot :inner_block, required: true

  def label(assigns) do
    ~H"""
    <label for={@for} class="block text-sm font-semibold text-zinc-800">
      <%= render_slot(@inner_block) %>
    </label>
    """
  end

  @doc """
  Renders one form error message.
  """
  slot :inner_block, required: true

  def error(assigns) do
    ~H"""
    <p class="mt-2 flex gap-2 text-sm text-rose-600 phx-no-feedback:hidden">
      <.icon name="hero-exclamation-circle-mini" class="mt-0.5 h-5 w-5 flex-none" />
      <%= render_slot(@inner_block) %>
    </p>
    """
  end

  @doc """
  Renders a page header with optional subtitle and actions.
  """
  attr :class, :string, default: nil
  slot :inner_block, required: true
  slot :subtitle
  slot :actions

  def header(assigns) do
    ~H"""
    <header class={["flex items-center justify-between gap-6", @class]}>
      <div>
        <h1 class="text-2xl font-bold text-zinc-900"><%= render_slot(@inner_block) %></h1>
        <p :if={@subtitle != []} class="mt-1 text-sm text-zinc-600">
          <%= render_slot(@subtitle) %>
        </p>
      </div>
      <div class="flex-none"><%= render_slot(@actions) %></div>
    </header>
    """
  end

  @doc """
  Renders a data table with a caption for screen readers.

      <.table id="lines" rows={@lines} caption="Items in your cart">
        <:col :let={line} label="Product"><%= line.name %></:col>
      </.table>
  """
  attr :id, :string, required: true
  attr :rows, :list, required: true
  attr :caption, :string, required: true
  attr :row_id, :any, default: nil

  slot :col, required: true do
    attr :label, :string
    attr :class, :string
  end

  slot :action

  def table(assigns) do
    ~H"""
    <table id={@id} class="w-full text-left text-sm">
      <caption class="sr-only"><%= @caption %></caption>
      <thead class="text-zinc-500">
        <tr>
          <th :for={col <- @col} scope="col" class="p-2 font-normal"><%= col[:label] %></th>
          <th :if={@action != []} scope="col" class="p-2"><span class="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody class="divide-y divide-zinc-100">
        <tr :for={row <- @rows} id={@row_id && @row_id.(row)}>
          <td :for={col <- @col} class={["p-2", col[:class]]}><%= render_slot(col, row) %></td>
          <td :if={@action != []} class="p-2 text-right">
            <%= for action <- @action do %>
              <%= render_slot(action, row) %>
            <% end %>
          </td>
        </tr>
      </tbody>
    </table>
    """
  end

  @doc """
  Renders an amount in cents as a price, e.g. `<.price cents={2500} />`.
  """
  attr :cents, :integer, required: true
  attr :class, :string, default: nil

  def price(assigns) do
    ~H"""
    <span class={["tabular-nums", @class]}><%= Shop.Pricing.format(@cents) %></span>
    """
  end

  @doc """
  Renders a Heroicon. Icons are decorative and hidden from screen readers;
  give the surrounding button or link an accessible name.

      <.icon name="hero-shopping-cart" class="h-5 w-5" />
  """
  attr :name, :string, required: true
  attr :class, :string, default: nil

  def icon(%{name: "hero-" <> _} = assigns) do
    ~H"""
    <span class={[@name, @class]} aria-hidden="true" />
    """
  end

  ## JS commands

  def show(js \\ %JS{}, selector) do
    JS.show(js,
      to: selector,
      transition: {"transition-all ease-out duration-300", "opacity-0", "opacity-100"}
    )
  end

  def hide(js \\ %JS{}, selector) do
    JS.hide(js,
      to: selector,
      time: 200,
      transition: {"transition-all ease-in duration-200", "opacity-100", "opacity-0"}
    )
  end

  @doc """
  Turns an Ecto changeset error tuple into a readable message.
  """
  def translate_error({msg, opts}) do
    Enum.reduce(opts, msg, fn {key, value}, acc ->
      String.replace(acc, "%{#{key}}", fn _ -> to_string(value) end)
    end)
  end
end
